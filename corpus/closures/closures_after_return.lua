-- Upvalues stay alive after their defining function returns and are closed correctly.
local function make(n)
  local list = {}
  for i = 1, n do
    local sq = i * i
    list[i] = function(add) sq = sq + (add or 0) return sq end
  end
  return list
end
local fs = make(4)
print(fs[1](), fs[2](), fs[3](), fs[4]())
print(fs[2](5), fs[2](5), fs[3]())
local function scoped()
  local results = {}
  do
    local hidden = "block local"
    results.get = function() return hidden end
    results.set = function(v) hidden = v end
  end
  local hidden = "other local with same name"
  return results, hidden
end
local r, other = scoped()
print(r.get(), other)
r.set("updated")
print(r.get())
local function early_exit(flag)
  local v = "captured"
  local f = function() return v end
  if flag then return f end
  v = "modified before return"
  return f
end
print(early_exit(true)(), early_exit(false)())
return fs[4]()
