-- Iterating varargs: ipairs over {...} stops at a nil, select("#") reaches them all.
local function with_ipairs(...)
  local out = {}
  for i, v in ipairs({...}) do out[#out + 1] = i .. "=" .. tostring(v) end
  return table.concat(out, " ")
end
local function with_select(...)
  local out = {}
  for i = 1, select("#", ...) do out[#out + 1] = i .. "=" .. tostring((select(i, ...))) end
  return table.concat(out, " ")
end
print(with_ipairs(1, 2, nil, 4))
print(with_select(1, 2, nil, 4))
print(with_ipairs(nil, 2))
print(with_select(nil, 2))
print(with_ipairs(false, "x"))
print(with_select())
return with_select("a", nil)
