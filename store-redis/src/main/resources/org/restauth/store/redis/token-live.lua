-- KEYS: a live-token counter. ARGV: now ms. Returns how many tokens it counts (see token-count.lua).
local n = live(KEYS[1], tonumber(ARGV[1]))
return n
