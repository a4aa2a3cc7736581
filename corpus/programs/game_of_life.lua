-- Conway's Game of Life on a small torus: a blinker, a glider and population counts.
local function new_grid(w, h) local g = {w = w, h = h} for y = 1, h do g[y] = {} for x = 1, w do g[y][x] = false end end return g end
local function set(g, cells) for _, c in ipairs(cells) do g[c[2]][c[1]] = true end end
local function neighbours(g, x, y)
  local n = 0
  for dy = -1, 1 do
    for dx = -1, 1 do
      if dx ~= 0 or dy ~= 0 then
        local nx, ny = (x + dx - 1) % g.w + 1, (y + dy - 1) % g.h + 1
        if g[ny][nx] then n = n + 1 end
      end
    end
  end
  return n
end
local function step(g)
  local nxt = new_grid(g.w, g.h)
  for y = 1, g.h do
    for x = 1, g.w do
      local n = neighbours(g, x, y)
      nxt[y][x] = n == 3 or (g[y][x] and n == 2)
    end
  end
  return nxt
end
local function render(g)
  local rows = {}
  for y = 1, g.h do
    local row = {}
    for x = 1, g.w do row[x] = g[y][x] and "#" or "." end
    rows[y] = table.concat(row)
  end
  return table.concat(rows, "\n")
end
local function population(g) local n = 0 for y = 1, g.h do for x = 1, g.w do if g[y][x] then n = n + 1 end end end return n end

local blinker = new_grid(5, 5)
set(blinker, {{2, 3}, {3, 3}, {4, 3}})
print(render(blinker)) print()
blinker = step(blinker)
print(render(blinker)) print()
print(render(step(blinker)) == render(step(step(step(blinker)))))

local g = new_grid(8, 8)
set(g, {{2, 1}, {3, 2}, {1, 3}, {2, 3}, {3, 3}})
local pops = {}
for gen = 1, 32 do pops[#pops + 1] = population(g) g = step(g) end
print(table.concat(pops, ","))
print(render(g))

local r = new_grid(12, 12)
set(r, {{6, 5}, {7, 5}, {5, 6}, {6, 6}, {6, 7}})
local counts = {}
for gen = 1, 30 do r = step(r) counts[#counts + 1] = population(r) end
print(table.concat(counts, " "))
