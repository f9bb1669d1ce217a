-- Authorizes (KEYS[1] = the grant hash, KEYS[2] = the person's index of api keys) and adds permissions.
-- ARGV[1] = api key, ARGV[2] = now (ms), ARGV[3..] = permission names. Existing times are kept.
redis.call('HSETNX', KEYS[1], 'since', ARGV[2])
for i = 3, #ARGV do
  redis.call('HSETNX', KEYS[1], 'p:' .. ARGV[i], ARGV[2])
end
redis.call('SADD', KEYS[2], ARGV[1])
return redis.call('HGETALL', KEYS[1])
