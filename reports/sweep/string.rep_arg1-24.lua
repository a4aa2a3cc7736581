-- Library-argument sweep ferrous-conformance run --sweep: string.rep/arg1-24
local emit, emit_types, mask
do
  local print, type, tostring, pairs, select = print, type, tostring, pairs, select
  local sort, concat, format, gsub, sub = table.sort, table.concat, string.format, string.gsub, string.sub
  function mask(text)
    return (gsub(text, "(%a+): 0x%x+", "%1: ADDRESS"))
  end
  local function quote(text)
    text = mask(text)
    if #text > 200 then
      return format("%q..(%d bytes)..%q", sub(text, 1, 40), #text, sub(text, -20))
    end
    return format("%q", text)
  end
  local function show(value, depth)
    local kind = type(value)
    if kind == "string" then return quote(value) end
    if kind == "number" or kind == "boolean" or kind == "nil" then return tostring(value) end
    if kind ~= "table" then return kind end
    if depth >= 3 then return "{...}" end
    local items = {}
    for key, item in pairs(value) do
      items[#items + 1] = "[" .. show(key, depth + 1) .. "]=" .. show(item, depth + 1)
    end
    sort(items)
    return "{" .. concat(items, ",") .. "}"
  end
  function emit(label, ...)
    local parts = {}
    for index = 1, select("#", ...) do
      parts[index] = show((select(index, ...)), 0)
    end
    print(label .. ": " .. concat(parts, " "))
  end
  function emit_types(label, ok, ...)
    if not ok then return emit(label, ok, ...) end
    local parts = {"true"}
    for index = 1, select("#", ...) do
      parts[index + 1] = type((select(index, ...)))
    end
    print(label .. ": " .. concat(parts, " "))
  end
end
do local a1, a2 = 255, 3 emit("string.rep(255, base)", pcall(function() return string.rep(a1, a2) end)) end
