function g1() end
function g2.a() end
function g3.a.b.c.d() end
function g4:m() end
local l = {}
function l.f() end
function l:m() return self end
