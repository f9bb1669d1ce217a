-- Replaces what may change of a person (not the email, not the created time); 0 if there is none.
-- KEYS: the person hash. ARGV: field/value pairs.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1
