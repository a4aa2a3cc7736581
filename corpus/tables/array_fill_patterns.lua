-- Different ways of filling arrays give the same contents and length.
local a = {}
for i = 1, 20 do a[i] = i end
local b = {}
for i = 20, 1, -1 do b[i] = i end
local c = {}
for i = 1, 20 do c[#c + 1] = i end
local d = {}
for i = 1, 20 do table.insert(d, i) end
local e = {}
for i = 1, 20 do table.insert(e, 1, 21 - i) end
local function same(x, y)
  if #x ~= #y then return false end
  for i = 1, #x do if x[i] ~= y[i] then return false end end
  return true
end
print(#a, #b, #c, #d, #e)
print(same(a, b), same(a, c), same(a, d), same(a, e))
local m = {}
for i = 1, 10 do m[i] = {} for j = 1, 10 do m[i][j] = i * j end end
print(m[3][4], m[10][10], #m, #m[5])
local flat = {}
for i = 1, #m do for j = 1, #m[i] do flat[#flat + 1] = m[i][j] end end
print(#flat, flat[100], flat[55])
return #a
