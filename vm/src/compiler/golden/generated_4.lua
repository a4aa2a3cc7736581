do
for i = a.b, -... ~= (... == (true)) do for i = 's3', false / not t.x / t() do  end
f, g.y = -not -... ^ t[true], y()
for k, v in (#'s4' >= true) do for i = 's1' .. b[297 == ...] - -y, 's2' do y, d.y = not ... > nil ~= b.a - ..., false
x = #-g[-...]
x = #not false < g.d or true > t[true]
x = g end
while #(not t <= b ~= true) do  end
break end
do g, t.b = -true .. -true, not 184
g(#c(a), #-... and #y() or -(b('s2')) - a() .. false)
x = g()
break end end
t:m(true - not b(g) % #false % true ~= false)
end
do
f = function(x)  return x end
do  end
local g = x, nil
end
do
do repeat g = -... until -'s2' end
while #true + -'s1' do c:m(not #not (nil) .. true)
f:m(#a.b > nil * y.g + false < x - d() % #true)
do d, x.d = y.t, true end
c = -b[27 < false] + t.x end
g = nil
end
do
x = not (false + t())
while ##not 's2' ~= 198 do  end
end
do
for i = not g(b.c) - 30, not -not t() do x = 267 or 231
x = not 159 * (false) + b[c] - -false > 's5' end
x = #c.a
end
do
local b = a(a) < d[x.c] / {t, k=true} > b / not #y['s4'], #53 < false
end
do
for k, v in not -('s5') <= 's3' or 273 do f(#-a(f(nil)) < ... * #(nil), t) end
return -#-t
end
do
local function t(a, ...) repeat  until 's4' % {}
x = {b.d % 271 >= #(g.a) % true, k=-#(...) + #nil}
for i = 146 / b / #{true} * nil < 's3' == c(false) >= #true or #false, not d.b / c + x() do  end end
d:m(not not #false * f .. false)
local y = not not c[b.g] > b.d / #(nil) >= nil == not -nil, 's5'
return #false
end
do
c(... and t.c, not 's4' == not d[y[false]] .. 169 + 283)
end
do
local c, y = -false, a[(nil) ~= a[x(t.t)]] < g[-t.y] + {-{b[true]}}
return #nil - #not false ~= #{..., k={}}
end
do
b:m(not not ##true)
local b = 's4' >= true
d = d.b
end
do
x = -(false)
local f = not #(t.y) or d() >= not #...
do a(-#y[(b.y)] / g.y ~= not -not 47, d[g() == #'s4'] - t(#false)) end
end
do
f, b.a = 's2', not false
a:m('s2')
for i = c(), -a and nil + nil do  end
return ...
end
do
do return -not false - ((b)) >= ... end
x = b() > 143
end
do
for k, v in b.d > ... % 258 do if true then c = nil ^ not true
repeat x = 239
x = #nil
b(t.x, not (-'s1') - nil)
x = not t.f - not false .. f['s4'] until not #g() .. c.b / not a(x[d.c]) elseif 206 then  else for k, v in 276 do  end end
repeat  until not (-74) <= false > 282 end
for i = not #false, d[#f[g[g]] <= g[false] >= c] do for i = not -y.y - c.f, #nil and ('s5') / -d + true do if ... / c['s2'] / #'s3' ~= c(y - (...) or #false) then  elseif false then  else x = not not -...
x = nil end end
local b, b = a[-not false < false]
x = t end
do  end
return false + nil <= false * g
end
do
while -#x[true] ^ {a['s3']} + #(a.g) / -((d[true])) do  end
f, c.d = f(), nil > ... / f() < a.g > not not {} ^ -#'s3' / nil
end
do
for i = b.d ^ -{} or -false, #not y do  end
end
do
for i = -false ~= nil and not {} / ... ~= t(), not f[#{f.g}] - d[d[nil]] or y ~= {c.f} do  end
end
do
b:m((x['s5'] == false) <= {} <= 's2' * x or 's3')
end
do
b(#'s5' / d() % -a(nil) - #nil .. 's1' or nil, d())
end
do
x(true, #-#nil + #a.x % 261)
a, a.t = a() % #b[nil or t('s2')], {'s2'} and ... < (91) < (#(false)) * ...
end
do
do local function t(a, ...) for i = g[{#true * b, k=c.a}], #-#not t do  end
t:m('s2')
local function g(a, ...) x = not #(nil ~= false)
x = d[#(nil) / 's2' == -nil]
x = a(a <= -a[...] * ...) end
local t, b = g[65 and y[{} - a]], not #-a.d ^ 231 ~= nil == {88} end end
x = b
f(-not -('s3') and not t(true), {#y() <= true > -c.t})
return #y.f
end
do
local function b(a, ...)  end
x(not #-..., d.d)
end
do
g, a.y = {}, #not x(g) < -b[t[f[{}]]] < 's5' == nil / ...
d:m(true)
repeat  until 's3'
c:m({})
return -false or 's3' * -{} - ('s2')
end
do
for i = ..., c.f do  end
local t, y = -f % {} + d.a - ... <= -true ~= nil
for i = nil % false % g(false) % ..., nil + {} ~= not d[{'s3', k=(false)}] ^ x[#d.f] do do  end end
end
do
b, a.g = not 's3' == nil, not y[false] * ... > nil <= -(false) and 's3' .. #false ^ not 213
t(b, #not c())
end
do
for k, v in c do  end
local a, b = false or f[false] > false - b ~= not true > false
end
do
b(-b, -#-true)
return 56 - -nil - 's1' == 54 * (...)
end
do
for i = ##-nil == x.y, #214 < {} % y['s1'] + 135 ^ -... >= not false do c, a.g = ##a.d > ..., ...
f = true
local f, a = #d.b - true < f[f[true]] or true ^ false >= (false) % nil
x = false end
end
do
while d[-b[not 164]] do local a, b = #... * 's5' > not ... >= #(x[(nil)]) * -b.f
f = function(x) x = not -c
local x, x = 73, not not nil return x end
x = false > t() end
repeat  until #f
end
