do
g:m({})
repeat y = -(c[{}]) ^ g(nil) and true * (d) until 59
g:m(not false <= false / f[...] ~= y.a <= #{false, k=not ...})
for i = not x(nil), -b.c % false % nil <= (...) / true <= {} do  end
end
do
f = #--true == true
a:m(#false > false <= 130 >= false % true / t.d % nil ^ -g or f ^ c(nil) ~= #39)
return -not ... * 112 - f[y + true > nil < 92]
end
do
while #{34} do local function a(a, ...) x = true
y, b.t = -'s1', f.y / (t[{c[nil]}] == false ~= not nil)
x = false
return #x() <= true ^ 234 + not b.b end
b:m(-true)
t = #nil / (g.d) <= nil > #-a .. true end
return ...
end
do
do do local function f(a, ...)  end end end
end
do
for k, v in -d ^ b.x or not false do a, x.x = not ##291 <= #('s5') .. true, #not 's2' ^ (...) ^ -not t.a end
end
do
while g() / #c() .. false and y.c <= ... do break end
end
do
local y, g = #not y.b > not (t.t) > not ({}) ~= -{a[x[b]]}
do for i = c(), -#c == {} - #g.a do repeat x = 212
c = 's5' + -not 156 >= ...
x = 35 until true or a
for i = d <= #b(y) == y.x == t.c, 86 + #t[(true)] / #21 > t[true] do local g = {}
return b() ~= true end
t:m(#(not -false)) end
c, f.d = ... ~= (true) > 's1' .. t[f] ^ nil * false, -not false ~= -nil .. ...
c, y.y = 's2', not true end
while #nil ~= a.f and true do x:m(...)
d = #y[not not y[b.x]]
local function d(a, ...)  end
local b = #false + #-t, -{not y} end
do for i = not false, -#false do local function t(a, ...) x = #not not 's4' < not not ...
x = y(-not -d('s1'))
x = not #... - #(g.t) / 's4' end
local function t(a, ...)  end
repeat t = ##... or -d ~= a > c.t
x = not #nil ~= b[b['s1']] % x % #b.g - (b) until -y >= 297 .. true ^ y * 276 and x[(d.d)] and not g == false
local f = #x.b, not d() <= (f)
return 241 end
d:m(... - 181) end
end
do
x = -b == 's1' ~= -not y[y] == not not not true
end
do
for k, v in false + ... == false ~= false - f(true) and nil == 's5' + ... do do x = #not -'s1' % ...
while false do x = b end
for i = ..., #not a[not g] do y, y.c = not 's3' == #true / true % false, true
a = 297
x = #g.b + true > not b.c or ##{{}, k='s2'} == #... >= #'s2'
x = (#nil .. g[nil]) end end
c(not -#{(d[nil])} % #nil, #not not nil .. false) end
local x, d = not y(-nil or ...)
a = #...
repeat return #{} until #true * t(true) and nil % -g((g.d))
end
do
local t, t = true % #-not ..., #not false and false % b(...) > ...
local y, x = -not y.x / 81
x = #86
end
do
local y, t = #275 and -240 and false * 's1' <= t < ...
local function c(a, ...) x = x * true > -(c.g) end
local g = -false .. -172, #not c % b[true] % x ~= (y) / not c and (false)
x = x.f ^ #nil
end
do
for i = #not #'s1' / #-62, #d.d % not #... do f = function(x)  return x end
if y[b(51) <= b * false == #true] then do  end
x = not not -#...
y(#d.x > not f() or (false) ^ true >= 's1', -'s5' == {a[x]} <= true) elseif -not nil / #false + not nil / (nil) then g, y.x = -false, not b else return not false end end
x, f.d = t[-nil] and d.d <= a.x, #not (nil) == false or not a[false] ~= -false <= ... <= d.a or 143 - ('s5')
x = #true % 166
end
do
if ... then  elseif f then  else x = -nil
return 101 and {(117), k=true} % nil ^ {false <= 25, k='s2' == false} % -false end
x(g(), nil)
d:m(true)
end
do
while y.x do c, x.d = -not #false / 's2' and #nil >= ... + false, -f[f or true] - -y
g = 288 < true > {35, k=(192)} or ((nil)) >= #17 < {nil} + nil end
end
do
x(not not #c.f * not f < 106, not #not 187 - 229 + ...)
end
do
y, c.t = nil, -x
local function g(a, ...)  end
end
do
f:m(not t[nil] ~= t[false] - 273 + 7 or ...)
for i = #g[#false], not 's4' or not ... do break end
local b, g = #{true} .. nil >= -f.c - #{} + b[...]
x(37, x.b >= g)
end
do
do repeat t(a.t, -g[not b[t]] > -c[d[c.t]] ^ g == b[165]) until (not f[d[122]]) < x <= -f[d[t]] or ... end
local c = not not y > b[y.d] % false * #d.b < g[f.f], #((not d(false)))
end
do
local function t(a, ...) x:m(#not false) end
return --... <= 293
end
do
t:m(-t)
for k, v in -not a[nil] .. ... * c() .. 119 - a.a do  end
x = not -nil % nil and 's1' == (true)
end
do
local function f(a, ...) t, t.f = {...}, g end
end
do
x:m(not ...)
repeat x:m(not not x[nil] >= -...) until c
end
do
for k, v in #x.c * ... ^ nil and ... do c(#-#not ('s4'), #x() * (b[b]) <= #{'s4'} == d(not #...))
g(t[-186 / -c[false]], not false) end
f:m(-#-{})
end
do
for i = -276 ~= false + ... * nil < ((...)) > 37 < ##f(x['s2']) and a(), #d() ~= #'s3' > -'s2' do  end
return #not ... and g() ~= #3
end
do
repeat x = not #not t.g + 129 % false
for k, v in -'s3' > t or -not nil - -'s5' do  end
return ... until #false < -{false, k=true} < 254 % x['s4' % d.t]
local t, t = (y[nil])
end
do
c:m(#t[b()] and true <= nil)
y:m((-#'s1' .. ... ~= 's2' >= 's4'))
x = not ... ^ #247
local function f(a, ...) do  end end
end
do
f = function(x) f = -false < not -c.a return x end
end
do
x = -231 ~= f + a() ^ x.y and x
for k, v in false * false do f(not ... < true, not #-nil and 's4')
g:m(-170)
local f, g = not -f(false) % c[nil >= {}], (not (('s3')) > #{f(...), k=(false)} % true .. nil)
for k, v in {c[d.t], k=false} do for k, v in -d() do x = true
x = nil + ('s1' and x()) * #205
x = #not #g[t[d.g]] == #false .. ...
x = not ... < #false ~= (true)
return ((b('s4')) .. (...)) < not nil ~= x[118 .. d] < {} <= ... .. 277 or true end
return 163 * not y({b[t[('s1')]], k=59}) ^ {nil / -x()} end end
end
do
local f, b = -#t[nil] >= -false <= ('s3'), 104
end
do
for i = 's4', 's4' or nil % a ~= {} > c do  end
end
