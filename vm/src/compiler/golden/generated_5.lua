do
repeat x = false == not f[nil] < false / -nil + #79 > (nil) until #{} / not 's5' < 's5'
end
do
x = 's1'
y:m(-y * -t and f('s2'))
local x, a = #g.d
for k, v in b.b do d:m(105)
x = (false) * ('s3') and false < d / f.a + 116 end
return t()
end
do
f((-'s4' ~= (4)), #-nil or not not ({c(), k='s5'}) .. #false <= true)
x = not g.c ^ 's5' .. -true ^ true ^ 186 .. not 126
y(#nil and c(nil) / -... * not 233, {126 < d(68), k=false} / -not false == x.g)
end
do
for i = 189, true do break end
c, y.d = nil % not not false / -false, (-#-d.y)
y:m(nil)
end
do
x = not not (a(...) % t)
x, b.d = y[c >= c or 's1' % d], ...
end
do
while -not #97 do for i = f(), not not x.c == -nil or {a, k=117} ~= #-37 do do a(#-y() ^ (d.b) < 95 - true, not not -'s2' % false)
c = {#({}), k=not ... == #true} <= 's5'
x = -... > 23 + f[t.b] < nil
x = g.f end
t = #-'s4'
x = (-c - x[g(x)]) - ... + #y() end end
end
do
local function y(a, ...) do a, b.c = -nil, true
x = nil end end
while 's1' do for i = b[-#212 == c], 's3' do for i = #d - x, y.b do x = #true and {'s4'}
x = -true > true
x = -not 's2' * not d % 's5'
x = not #({false, k=90}) end
y(t(not not x), 's2') end
d:m(nil) end
return nil
end
do
c((#t() <= nil > {false}), 220)
repeat  until nil < {#-nil}
return t() > not 89 / -y[...]
end
do
return --('s3') + y[{false}] < x() * (x[g.y])
end
do
g, d.d = not #true * false or 191 > 's2', (52 ~= 's1' == #... .. true < (true) % false or c[c[100]])
local y, c = {#-#({nil, k=x})}
local g = -68
f = #false
end
do
local b = c.c .. ..., -false
return 's3'
end
do
f = d[x.b]
local function f(a, ...) a(f[not g() ^ false > (g[a.a]) / {(...)}], #-not c[{true}] >= c.y) end
return false
end
do
t:m(not ({}) + g[17] ~= ##'s3' < nil)
a = not nil % ... - ##false .. #'s5' + 55 % (false or c)
end
do
local x, g = #c.d < not 's3' * #g[nil] .. ..., not -not (true) and b
end
do
x = f()
while #nil do local d = 's5'
t, y.y = g[c()] > ##not a(true), b(not 240) end
end
do
y = ###false .. {..., k=...} ~= a({}) - false - x()
a, b.x = true == -y, #'s3'
end
do
for i = ..., not not true do for i = 's5' < t[nil] < true ^ t[...] == g[{true, k=false}] and c.x * #'s2', y() do  end
for i = a[-#f[nil] ~= ...], b % not -x[true] < #258 do c:m(g.a)
x(x.c and c, not t(46) or y(#d[((118))]) / nil + 's1' == ('s4')) end end
local function d(a, ...) f = function(x)  return x end
return c(-'s1' == (nil)) end
while 88 or f.d == -t.x and 's2' do  end
end
do
x = not {} == 's2'
d, d.x = ##y() and b[(nil)] > #true, f(-#not (false))
end
do
for i = false, -not -not ... do break end
return f()
end
do
for k, v in #-g[({})] ~= (9) and #a.a do d = -... >= false <= -'s2' - ...
return -not (d.t) end
end
do
d, d.c = g(false - (a) > d.a > nil) < g[nil], {f[t.b or not f]}
end
do
for i = -false, f[68 > nil + 283 .. (x.x)] .. not #f do f:m(true and t.x < {false, k=b[156]} < false == true == nil ^ {} >= -nil * #'s4' or c[true]) end
f(not ##... > nil, #nil * 's2' % ... == true or d.a)
end
do
for k, v in #c do local y = nil, -166 % -... == false > not true
break end
end
do
do y:m((#'s5' / d[c(...)] * -f[220]))
for i = 's1', #not false + ... >= 's1' do  end end
end
do
local a, a = #g < -a.g > (y.x) ~= #'s4', 153
end
do
d(#g(t[b()] .. 's2' >= not true), not -#not (x))
return 's1' / 's1' + d + b or {false > nil, k=y[g()] == (nil)}
end
do
return #t(-176) < #((a(c.c))) / ('s5') <= {}
end
do
d = not true .. {}
c = -a(-(nil)) .. #not 's2' .. false
local function f(a, ...) d = -'s2' * -... % (true) ^ -...
local t = (f(a) <= 's3') >= ... - x() - #true % not true * -nil - 's4' end
repeat y, d.g = true, 68 until 's1' > ...
end
do
local g, a = not nil < #true + true
for i = #not 30, y(nil >= not c() ^ f[false]) do a = not -c(not ('s5'))
do x = -b.d % c(nil .. d('s4')) end
x, c.a = b.t, #nil
for i = #not {} > 's1' > d(), a.x do b, t.x = g, false end
return #c end
return 204 and 204 < f()
end
do
a:m(#g[c[116]] <= -'s5' ~= not true + {y.g, k=t.a} - (b()))
return f
end
