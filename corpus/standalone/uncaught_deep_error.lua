-- An uncaught error 30 calls deep: the traceback keeps the first and last levels.
local function down(n) if n == 0 then local t = nil return t.field end return (down(n - 1)) end
print("start")
down(30)
