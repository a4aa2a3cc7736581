do
x = ...
b, g.f = #not (true) == x[a.d] or y, -not true ~= g.a ^ {t ^ {}} + not -g
end
do
local b = false <= a(g.x .. a.t) < #b[x], 26
x = ...
do  end
return -a()
end
do
y(not -not -x(), not not nil ^ 32 * d() >= #true)
end
do
g(-#true >= #122 .. ..., (... >= 5))
x = #d[a.d] and (nil) > not x.c - false ~= not ...
return nil
end
do
repeat local y = not true
y = ... until a
while ... do while (-not false) do x(..., false)
repeat x = not not g[nil] * true ~= true
x = ... until not not d() - x
x = 's2' end
for i = true - -(nil) ^ 's4' * #{t > 's4', k=-48}, -13 do  end
f = function(x) local function b(a, ...) x = not 1 + not a[f] ~= true - #({...})
f(##b[d.a] ^ false + d, t.x) end return x end
local a, a = -nil end
do b:m(f) end
return b(##'s5')
end
do
do g(b.g <= {not g or ... <= (b.t), k=#-...}, not #...)
d, a.y = x - #206 % ... - #nil, true end
end
do
local function b(a, ...) x = #t(true ^ ... and #t.y)
repeat  until true end
a, y.d = t <= g(true) >= ... ^ false + t[true] >= d.f == 86 - 70 ~= g.a + 's3', nil
t, x.g = 's2', #{} % b[(false)] - #false + #56
do  end
end
do
local g = -(false)
local g = -x[#246] ~= -true >= false / b.b
b(-nil * 73 or x['s3'] + ... ^ not ({y.f}) - (nil) / 101, true)
end
do
d(-#y * y() ~= -false, not nil * {g[...], k=...} - 's3' <= nil)
end
do
local g, y = not not 's5'
f(#false .. c.c ^ f .. -219, f)
end
do
local f = not -y(true) == nil or b(d(x.f ^ false)), 189
x = -f.x
f = function(x) local function a(a, ...) f = function(x) x = -#-'s4'
x = not 160 and x(false)
x = #{} or 72
x = 54 return x end
return -('s5' + f[{}]) >= false end return x end
end
do
local y = ##c(#nil)
return f <= 's1' or d[#(false)] and 's1'
end
do
b:m(not #-2 or ...)
x = -(not x.g - 30)
c = {{g[...]} / d[y] and nil, k=true} <= false
c:m(#-{} % -t() * t() >= nil)
end
do
repeat a:m(-'s2')
x:m(#not 's3') until y
end
do
while not ... ^ not t or t[false] > not x[a] >= c() do  end
end
do
local t, b = ##not a(nil) <= nil, ('s2')
do local g = not not true end
c, a.t = t(), #-not 73
for i = -false or nil or #b.y ^ -#{nil}, #nil do  end
end
do
x = {d[true] == d(false) ^ 19 or t.f >= g[false] >= -{x}, k=-'s4'}
end
do
b(..., (#-...) + true)
local c = nil, c(not c[false] * x)
return -t.c > (g()) - f.c > a
end
do
c(x[#...], 194 ~= ((x[{}])) ^ #d.f < true == #c)
end
do
for i = x[{}], {false + d(), k=#false >= t[nil]} + (b() ^ true) > {g()} do for k, v in true do for k, v in b do local x, c = nil >= {not x or -true}, -a / not t(f.y) > d.x end end end
end
do
for i = x[-false or g[c()]] + -f, b <= -true ~= 's4' ~= (y) do local function t(a, ...)  end
f = function(x)  return x end end
end
do
c(b[c] * nil, x(true) ~= -{g.b} ^ not 279)
g = nil
end
do
local function f(a, ...)  end
c, t.t = -'s3', {#x[g < nil], k=...}
t, d.c = not 133 == 203, #126
local x, f = -c.x and ... >= nil .. y[false], 's4' > g() % false and ... ^ nil
end
do
d, b.d = {}, #... % true - not nil < y[f] or 's2' / b % t.b
end
do
d:m(-#nil < not not 's4' .. not #not b())
end
do
t('s4', (#(267)) > b() or true * ((({80, k=d}))) + t() < (nil))
local t = f[y[t[(t(y()))]] >= ...] <= not nil >= true / not #false, g
t:m(#-'s3' ~= (...) .. f() or -143)
end
do
x = not t[false]
do while #not {{'s4'}} - false .. (({})) do local f = -d.f >= not 23 and not (y(d[(g[nil])])) end
c, a.t = nil, nil < (d()) ^ d() < f[x('s3')] > 225 ^ c <= {} end
end
do
while x.t - ##t({65, k=nil}) % false do do y(-c() == not false <= #nil, {d[x[216]] > -c() % a[d.g] - a.d % (nil), k=192 >= not {f['s4'], k=(t(f.f))}})
local function d(a, ...) local t = 's2'
x = ...
local a = g.g, d.g
x = nil
return c.g end
do  end end
a = #not #230 < ...
f = function(x) f = function(x) x = 's4'
x = false
b, a.c = b() ~= false .. nil / not false * 's1', y.x == -231 .. y.c or {false * t(b()), k={124} % 97}
x = #x ~= nil return x end return x end
for i = -not 's3' ^ g() >= (not g(d())), f[true == false] .. t.d .. 60 + 1 * #{nil, k=nil} + {b} <= 162 do for i = #false .. false * ... <= true <= not true, 's3' do x = t <= 's4' >= not y.b
break end
for i = not not a - false ^ ..., (true) do x = ...
x = 's3'
x = (not false)
x = -#{} end end end
local a = 154, #'s5' or 's5'
for i = #c() / true > d() ^ (a.g) > (-b()), d[#'s1' == not t() * nil == false] do while {'s2'} do if #t <= {197, k=g.y} + a then local d = #x[2] == ... % nil == -((nil)), -c > -153 <= {-b[false], k=d[153]}
x = true
g:m(...) elseif false then local c, a = true - ...
x = not #x ^ #-'s4'
x = f(249 .. true)
x = -f[-c[false] * y[true]] else  end
if {false} % ... > x.c and (...) < {false} * not true then x = not (-nil)
x = #{not c.c, k=t(a) and ...} + (((x.c))) <= x / 's3' ^ not not a(g())
g:m(y[x.a]) elseif ... then x = -c.y
x = #x * (...) and {} + ... > g
x, c.f = #not ... % nil < y, f.b > f else local t, f = nil, (x.f) * c.t .. ##true >= #t() ^ not true
x = c.y
local a = b[not -not t.d], 51
local f = true .. false % not -nil - not true end end
return not not not (c(nil)) ~= y or nil end
a:m('s4' > a <= ('s3') < (c) ^ ((false)) * #a.c .. ...)
return -(284) > -nil > b
end
do
x = #... < false and nil and -'s1'
while -not not #nil do  end
end
do
for i = #not (-c[false]), x[...] ^ nil do while {#...} ~= {true, k=y} + ... > t('s2') > g() % false do repeat x = 's1' until #300 >= true > y[{}] .. ({'s4', k=nil}) or f.c
f = not #-...
local function f(a, ...)  end end end
t(#not not t > not y(), #t(true))
end
