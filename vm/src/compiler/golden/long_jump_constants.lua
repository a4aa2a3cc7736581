local t = {}
t.a1=1 t.a2=2 t.a3=3 t.a4=4 t.a5=5 t.a6=6 t.a7=7 t.a8=8
local x = t.a1 + t.a2 * 3 - 4
