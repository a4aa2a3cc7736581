function f() end
function a.b.c() end
function a.b:c(x) return self end
local function g(a, b, c) end
local h = function(...) local arg2 = arg end
function v(a, ...) return select('#', ...) end
function w(...) local t = {...} end
