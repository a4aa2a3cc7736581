-- Iterators built from closures, and stateless iterators for the generic for.
local function range(n, step)
  local i = 0
  step = step or 1
  return function()
    i = i + step
    if i <= n then return i end
  end
end
local out = {}
for v in range(10, 3) do out[#out + 1] = v end
print(table.concat(out, " "))
local function chars(s)
  local i = 0
  return function()
    i = i + 1
    if i <= #s then return i, s:sub(i, i) end
  end
end
for i, c in chars("abc") do print(i, c) end
local function evens(t, i)
  i = i + 2
  if t[i] then return i, t[i] end
end
for i, v in evens, {10, 20, 30, 40, 50}, 0 do print("even", i, v) end
local function reverse_ipairs(t)
  return function(tbl, i) i = i - 1 if i > 0 then return i, tbl[i] end end, t, #t + 1
end
for i, v in reverse_ipairs({"x", "y", "z"}) do print("rev", i, v) end
local function take(n, it)
  local count = 0
  return function()
    count = count + 1
    if count <= n then return it() end
  end
end
out = {}
for v in take(4, range(100)) do out[#out + 1] = v end
print(table.concat(out, ","))
local calls = 0
for _ in function() calls = calls + 1 if calls < 5 then return calls end end do end
print(calls)
return calls
