-- After several caught errors the script fails with one that is not caught.
-- expect: uncaught error
for i = 1, 3 do
  print(i, pcall(error, "caught " .. i, 0))
end
local ok, e = pcall(function() error("last caught") end)
print(ok, e)
error(e, 0)
