-- ISSUED -> APPROVED for a uid at now, only for a live token of the same application.
-- KEYS: token. ARGV: api key, uid, now ms.
-- Returns the TokenStore.ApproveResult name.
local v = redis.call('GET', KEYS[1])
if not v then
  return 'UNKNOWN'
end
local app, state, _, exp = fields(v)
if tonumber(exp) <= tonumber(ARGV[3]) then
  return 'UNKNOWN'
end
if app ~= ARGV[1] then
  return 'OTHER_APPLICATION'
end
if state ~= 'ISSUED' then
  return 'ALREADY_APPROVED'
end
redis.call('SET', KEYS[1], 'APPROVED:' .. ARGV[2] .. ':' .. exp .. ':' .. ARGV[3] .. ':' .. app, 'KEEPTTL')
return 'APPROVED'
