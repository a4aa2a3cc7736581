do
for k, v in 198 do local t, x = not false, 's3'
a('s2', #a.c <= a() == nil .. #'s3' or ... ~= d(c()))
for i = nil, -('s1') ^ g - not {} * false do b, f.t = -not true .. not true, true
do  end end end
end
do
f = function(x) while (d()) do a(b.c / not false % true > nil, d.g)
do  end end return x end
return false
end
do
y = 's5'
g:m(nil < not #d.g == #{} >= false)
end
do
local d = -'s3' ~= #b.a < not 66 .. {170, k=c.a} < a['s2'] ^ y(false) or 's1'
x = d()
x(nil, false)
end
do
b, f.d = -'s2' * not true, g.a + f(-#...)
c = f(not true < 6) .. x[t[c.g]]
end
do
return #nil or a - not false * 's5' < not ##x()
end
do
g(-not -x.f ~= ... ~= a({}) >= t[x()], y.b)
while -false >= -#true == 167 do  end
f, d.g = -t .. nil or not 116 <= y * nil, d(false)
a(-true and -x[true] <= y.x >= ({y.c, k=true}) == (t(b[...])) .. true ^ a[false] * t, (true))
end
do
for k, v in x.x .. -'s2' or 160 < (g[f]) do y = b[{not false} < ...]
c = not false
x(..., -true) end
x = not true
end
do
y, y.t = 's1' >= ... or nil or -d[('s3')], #...
repeat c = 150
while true do break end
repeat break until nil until #-(-nil)
end
do
for i = nil + g.f, not #t[false] % 's5' >= true do for i = #'s3' > (...) - -t[d[false]] - {((t[b.b])), k=true >= 22} > -c ~= true, true >= ... < -101 do g(94 ~= (not x), not -x[{}] == nil .. 's3')
b:m(not 's5' * true)
x = nil or #nil >= y['s5'] - not not b['s5'] end end
x = true
end
do
a, c.d = -(#...) or ..., y[true] / #not nil * ...
local function f(a, ...) while false do  end end
local function x(a, ...) d = d[true - d % f[x(164)]] .. 's1'
y:m(a)
y:m({})
while not not f() % -'s5' ^ {} ^ {} .. -g[t.t] .. {true, k=({})} and #false do x = not #false >= 238 > true ~= false and true
f, f.x = false, -#... * {88} < -a() end end
end
do
return not true and -{nil, k=(c.g)} < a(not (b.y) == t and true)
end
do
t = #c(...)
t, f.d = y.f - 's4', -not #'s2' / true
x = -d ^ not nil < true
end
do
repeat  until {f} >= #d(({'s5'})) <= true + {}
for k, v in #not #-a(d()) do  end
t:m((not a and true .. #d()))
return 71
end
do
while #d(#not (d)) do while not c[true .. false] < g[-x[false]] do local f = nil - t, #a()
while -not {-(t())} do d(not #not {} ~= ..., t)
x = (...) end end end
return nil
end
do
x = a[x() ^ a[286] > 80 > 47 / ('s2') and a() > -{(a)}]
x = c.t
y(not ... < false .. not nil / t[y[133] ^ g.a] % #{261} == t(161), 's2')
a(#not not nil and t[(96)], 56)
return #-not a >= 76
end
do
x = 's1'
local g, f = 82
x = #not nil
y(##-t / (not #b), -...)
return not c.g
end
do
d, x.x = -169, -...
do  end
local f = -b({t(false), k=({})} - 's1')
end
do
y = #false - -{'s5', k=195} < true >= (f.b) <= 's2' <= a
end
do
repeat local d = -{} - nil > b - {} or #g(...) < {false, k=271}
f = function(x)  return x end until f(...)
for k, v in #(t[12]) - not x[d] .. true do  end
f = #'s2'
end
do
x = false
t:m(-a == (((true))) / t[true] > 74 ~= nil)
d((true) > not (g.b) and not x.d ^ (a[b(c[true])]) == nil + nil, not ...)
c = d
end
do
for k, v in #g[true] or #false ^ #c[#(244)] do local f, c = (true), nil end
end
do
x, c.b = false, ... and d(true)
return #-true
end
do
f = function(x) y = 256 < false % 's5'
a:m(-not (b.t) % true ^ (41))
f = #'s3' return x end
x = #t - #false
end
do
g = not #-not t(g())
local a = ..., ##nil / 209
while not 179 do d:m(false < not nil - true > #f) end
return not (t.x) - (true < a(d.c))
end
do
x = -not nil or 214 * (c.y + b .. ...)
f = function(x) local y = g, 's1' return x end
f, d.c = -g, (true) + false < y.b > -false <= false <= #x.g
end
do
local function a(a, ...) f = function(x) x = -y.y / not true % t() ^ #nil <= not nil
g:m(c(#d.f / -138 <= not 's3')) return x end
d:m(not {d(-'s1')}) end
for i = a[#y['s2'] .. ...] > y['s1'] >= -not 75, -({'s4'} ~= nil) == ((t.c) and {(f()), k='s5'} + #d.y) do b = false % x() + #true end
b = -false
return not {not ..., k=#186} * g ~= 's4'
end
do
y(-nil < a.d % c.b >= {182, k=215} >= #not b[x[a.x]], (false) ~= not not -nil)
end
do
x = not #g[#nil]
while (##g.b) % #true < d.b + not true - not t.g do return d .. 36 ~= #t[a.f] - ... >= {} end
local y, t = not 112, f
x = ##... % {}
end
do
return --{, k=d()} < 's2' / 's2' >= (c()) > #229
end
