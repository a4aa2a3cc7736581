-- Tables grow and shrink through many insertions and deletions and stay consistent.
local t = {}
for i = 1, 1000 do t[i] = i end
for i = 1, 1000, 2 do t[i] = nil end
local count, sum = 0, 0
for k, v in pairs(t) do count = count + 1; sum = sum + v end
print(count, sum)
local h = {}
for i = 1, 500 do h["key" .. i] = i end
for i = 1, 500 do if i % 3 ~= 0 then h["key" .. i] = nil end end
count = 0
for _ in pairs(h) do count = count + 1 end
print(count, h.key3, h.key4, h.key498)
for i = 1, 500 do h["new" .. i] = i end
count = 0
for _ in pairs(h) do count = count + 1 end
print(count)
local q = {}
for round = 1, 5 do
  for i = 1, 100 do q[#q + 1] = round * 1000 + i end
  for i = 1, 50 do table.remove(q, 1) end
end
print(#q, q[1], q[#q])
return #q
