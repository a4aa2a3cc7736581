do
y(-{} == -f(nil), {... or f[c()] or -nil % nil > {236, k={b.x, k=148}} < nil})
d(b[-not 15 and not #false], nil < true ^ 's2' - a[a.g] >= t)
end
do
f, g.b = not #y[g({})], not {x[t(y)] % true, k=-true > true}
local t, g = #245
local function g(a, ...) y = false end
y(not true, not ... == #g ~= b())
end
do
t, d.t = true, -true
a = not {} * false >= 199 or t(#(y) or true)
x = #not not ...
if ... then x = -g.t % not t.b
do b = not a.x ~= {} - not 170 .. -(c) or y[true - {y[c(f.c)], k=c}]
local d, y = false
f = function(x) x = #t((t) * 's2') or #y('s3') ^ nil + y['s3'] .. -('s3') + #false return x end
while true do x = not false
x = not ##g(nil) / false
x = (c.d) end end
return -not f.g % false <= g[true / true] elseif true then for i = #b or 's3' > false, false do  end
a = not 's2'
for k, v in -not false / false do x = g.c + b[b.d]
y(not (-nil) >= {b(...), k={true, k={f()}}} ^ true .. 43, true) end
f:m(not false <= a ^ false >= nil) else f = function(x)  return x end
while c do while nil do y, b.a = ..., 's4' / not c[-nil] end
x = not -17 >= 63 % not {} end
return false - t / false * d[221] < 's4' end
end
do
f:m(#-#nil / (((('s2')))))
for k, v in not not (false) .. nil % -'s4' or -t(nil) - (d.t) do local f, d = y[-false <= ... > -...]
for k, v in not not true - x[false] do  end
return 5 end
end
do
repeat f = d() until #-#... and b.t
local c, t = #not not b['s1']
end
do
for k, v in #not ##false do f(b, a(not -d.a - 69 ^ 's1')) end
x = ...
end
do
a(nil, not b == false <= false + y.b == -... and d[b()])
f = function(x)  return x end
for k, v in {} do for k, v in 257 do break end end
end
do
while not not 294 == -true do  end
do  end
return -true == true
end
do
f(-('s5' > y(((false)))) - -#a.y ~= -false, not false >= nil ~= -y.c and ...)
end
do
y(false + not f.a, ... + ##(nil) ^ 's4' and a.d)
local function f(a, ...) do while -202 do c:m(-not 136) end
x = -#({}) or true * -124 ^ {} % t(...) end
t, g.x = #not 216 ^ f(nil) / t['s4'], d end
end
do
repeat  until (true) < not not nil
return x + nil
end
do
f, b.b = -y[(false)] * t(f.a) < nil > nil < false, -not not c() == not ... < not {b(g), k={}}
end
do
y(false, true ~= false)
local c = a <= not t() ^ #t <= #g, y
g:m(#-'s5' ^ b[not not 94])
end
do
y:m(not -nil - 145 > false)
for i = 's5' % 's5', nil do a:m(b.a)
local function g(a, ...) t = -not #... or (161) * true + #nil end end
end
do
do g, a.d = ##nil or 's5' >= 78 > a(), a(not #-'s3')
t(t, false >= #g.a and not ... * -#t .. #...) end
end
do
t(true, #false < -nil > ... <= not not false + -not false)
local t, f = not x[nil + y[c[{true, k=false}]] < f()]
g, y.d = -not not f.a, #not (false) * 110
local g, g = true
end
do
t:m(#(false) and {} * not true <= f.x .. ... ^ nil)
while b() > #'s2' do while 299 > -y() + t and {..., k=...} < #d do break end
t, f.f = 299, #-false == ((...) / true) >= a.b
local b = not (not 50 and d(true)), true
local a = true end
x = t[d(x(f.x))] or false < false <= #282 or c[x[141]] / (x()) % -nil
end
do
do for i = t > ((g(c))) * not true .. x.g, -#-t[145] <= {} do repeat x = -#g[false] and -{} % #297 + not g() ~= 136 and ... ^ -((t[(204)])) until d[y[nil] <= nil or -false ~= y({y, k=false}) <= false % a.a] end
t:m(#267 > #a < -false .. t[f[a()]])
for k, v in -not #not 161 do  end
g:m(#-'s4') end
end
do
c, b.c = d[...] < {(f('s2')), k=x()} * 's2' ^ a.b, t(##x .. c())
end
do
local d = true, ... % #(241) .. -(t(f)) ^ (not 's4')
end
do
y, b.a = c, ##-x.y < x.b
if {} then  elseif -'s1' - y.a .. d ^ 26 and false then  else  end
f:m(not -not 's5' * nil * false)
end
do
d = -'s5' == false * nil > x.c
local a, c = #not c % {true, k=nil} / -nil .. #... < g.a < (189) - 's1'
d, f.t = -78 < false / false + false, not -x[-t.a]
end
do
repeat d:m(a.a > x.a == -d) until y
x = not -true
end
do
local function c(a, ...) b = -not f.f
if f.g > not not ... % -'s1' / a[false] ^ -f.a then d:m(d.f)
repeat x = -{#nil} <= true >= t
x = #'s2' <= false / #nil / a[y] until t elseif #-... then if not not {} - 's5' >= x(#not nil) then x(-t.b, {nil, k=48} == d > nil > 's4' >= x[c] / -{...} == #-(c)) elseif #true then  else return not t['s1'] end
while ... and #b - -false < ##x.d > d.a do x = -#g[f.d] >= 's1' / #-(g()) / b() end
a, d.x = (147), ... else  end end
do  end
local x, g = false, #c[true ^ not d.y]
end
do
repeat b:m(... + not 's2')
x, d.y = {}, g() until -#d + ... ^ f[true] * ... ~= not nil
do x, a.t = #false % c[not -f()], not 's4'
b(#not not d or nil, -not true .. false / ...)
while 's1' do local x, b = #not false end
c = not {f[...] or 171, k={} + t} + 8 end
return f(not #230 - f)
end
do
y = #{false, k=... and a[{}]} <= #... / false == c.b
return x.x
end
do
return x[nil] == nil and true / d ^ not not ... ~= not #false > nil
end
do
do for i = #'s2' ~= x() ^ 's5' * -false, not false do y(#true, b[#g[nil]]) end end
end
do
while -(c()) + b.c < #{} <= ('s1' % a()) % b() > g(...) ^ true - t[a()] do t:m(not d(24) * (b) % true <= g[...] == not (f()))
for i = false % t[f()], not 's4' do d:m(-not not (false) == true > g.f .. nil > d)
for k, v in -not f() <= nil == nil do x, g.f = 's3' .. ##not true, ... ^ #{} end end
local a, a = not -d(d(g[{nil, k=y.g}])) / false > ... end
end
do
repeat break until nil
f = function(x)  return x end
x = (#false)
d, g.x = x(), a.t
return not not g == not 215 % (d.d) .. g.x ^ false
end
