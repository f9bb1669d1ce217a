-- Removes one permission (ARGV[1]) of a grant (KEYS[1]); 1 if it was held. Never creates the grant.
return redis.call('HDEL', KEYS[1], 'p:' .. ARGV[1])
