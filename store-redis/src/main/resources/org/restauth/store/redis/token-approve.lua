-- ISSUED -> APPROVED for a uid, only for a live token of the same application.
-- KEYS: token hash. ARGV: api key, uid, now ms.
-- Returns the TokenStore.ApproveResult name.
local t = redis.call('HMGET', KEYS[1], 'app', 'state', 'exp')
if not t[1] or tonumber(t[3]) <= tonumber(ARGV[3]) then
  return 'UNKNOWN'
end
if t[1] ~= ARGV[1] then
  return 'OTHER_APPLICATION'
end
if t[2] ~= 'ISSUED' then
  return 'ALREADY_APPROVED'
end
redis.call('HSET', KEYS[1], 'state', 'APPROVED', 'uid', ARGV[2])
return 'APPROVED'
