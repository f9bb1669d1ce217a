-- Removes a person, their email's index entry and their grants; 0 if there is none.
-- KEYS: the person hash, the uids held (zset), the person's set of authorized api keys.
-- ARGV: the uid, key prefix of the email index, key prefix of the person's grant hashes (…:g:UID:).
local email = redis.call('HGET', KEYS[1], 'email')
if not email then
  return 0
end
redis.call('DEL', KEYS[1], ARGV[2] .. email)
redis.call('ZREM', KEYS[2], ARGV[1])
for _, apiKey in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  redis.call('DEL', ARGV[3] .. apiKey)
end
redis.call('DEL', KEYS[3])
return 1
