-- Removes a person and their email's index entry; 0 if there is none.
-- KEYS: the person hash, the uids held (zset). ARGV: the uid, key prefix of the email index.
local email = redis.call('HGET', KEYS[1], 'email')
if not email then
  return 0
end
redis.call('DEL', KEYS[1], ARGV[2] .. email)
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
