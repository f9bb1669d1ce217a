-- Shared by the token scripts (prepended to them by LuaScript): a token is one string
-- "STATE:uid:exp ms:approved ms:app", the application last (an api key may hold ':'), with the token's TTL:
-- one SET creates it. approved ms is 0 until the token is approved.
local function fields(v)
  local a = string.find(v, ':', 1, true)
  local b = string.find(v, ':', a + 1, true)
  local c = string.find(v, ':', b + 1, true)
  local d = string.find(v, ':', c + 1, true)
  return string.sub(v, d + 1), string.sub(v, 1, a - 1), string.sub(v, a + 1, b - 1), string.sub(v, b + 1, c - 1),
    string.sub(v, c + 1, d - 1)
end
