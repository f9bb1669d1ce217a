-- Removes a grant (KEYS[1]) and its entry ARGV[1] in the person's index (KEYS[2]); 1 if there was one.
redis.call('SREM', KEYS[2], ARGV[1])
return redis.call('DEL', KEYS[1])
