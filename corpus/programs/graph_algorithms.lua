-- Graph traversals with deterministic neighbour order: BFS distances, DFS order,
-- topological sort with cycle detection, and connected components.
local function sorted_keys(t) local k = {} for key in pairs(t) do k[#k + 1] = key end table.sort(k) return k end
local function graph_from(edges, directed)
  local g = {}
  for _, e in ipairs(edges) do
    local a, b = e[1], e[2]
    g[a] = g[a] or {}; g[b] = g[b] or {}
    g[a][b] = true
    if not directed then g[b][a] = true end
  end
  return g
end
local function bfs(g, start)
  local dist, order, queue, head = {[start] = 0}, {}, {start}, 1
  while head <= #queue do
    local node = queue[head]; head = head + 1
    order[#order + 1] = node
    for _, n in ipairs(sorted_keys(g[node])) do
      if dist[n] == nil then dist[n] = dist[node] + 1; queue[#queue + 1] = n end
    end
  end
  return order, dist
end
local function dfs(g, start)
  local seen, order = {}, {}
  local function visit(n)
    seen[n] = true
    order[#order + 1] = n
    for _, m in ipairs(sorted_keys(g[n])) do if not seen[m] then visit(m) end end
  end
  visit(start)
  return order
end
local function toposort(g)
  local state, out = {}, {}
  local function visit(n)
    if state[n] == "done" then return end
    if state[n] == "active" then error("cycle detected at " .. n, 0) end
    state[n] = "active"
    for _, m in ipairs(sorted_keys(g[n])) do visit(m) end
    state[n] = "done"
    table.insert(out, 1, n)
  end
  for _, n in ipairs(sorted_keys(g)) do visit(n) end
  return out
end
local function components(g)
  local seen, comps = {}, {}
  for _, n in ipairs(sorted_keys(g)) do
    if not seen[n] then
      local comp = dfs(g, n)
      for _, m in ipairs(comp) do seen[m] = true end
      table.sort(comp)
      comps[#comps + 1] = "{" .. table.concat(comp, ",") .. "}"
    end
  end
  return comps
end
local g = graph_from({{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"f", "g"}, {"e", "h"}, {"c", "h"}})
local order, dist = bfs(g, "a")
print("bfs", table.concat(order, " "))
local d = {}
for _, n in ipairs(order) do d[#d + 1] = n .. "=" .. dist[n] end
print("dist", table.concat(d, " "))
print("dfs", table.concat(dfs(g, "a"), " "))
print("components", table.concat(components(g), " "))
local deps = graph_from({{"app", "lib"}, {"app", "log"}, {"lib", "core"}, {"log", "core"}, {"test", "app"}, {"core", "alloc"}}, true)
print("topo", table.concat(toposort(deps), " "))
local cyclic = graph_from({{"x", "y"}, {"y", "z"}, {"z", "x"}}, true)
print(pcall(toposort, cyclic))
local grid_edges = {}
for y = 1, 6 do for x = 1, 6 do
  local id = y * 10 + x
  if x < 6 then grid_edges[#grid_edges + 1] = {id, id + 1} end
  if y < 6 then grid_edges[#grid_edges + 1] = {id, id + 10} end
end end
local grid = graph_from(grid_edges)
local _, gd = bfs(grid, 11)
print("grid corner distance", gd[66], #sorted_keys(gd))
