-- A binary-heap priority queue, used for heap sort, task scheduling and Dijkstra's algorithm.
local PQ = {}
PQ.__index = PQ
function PQ.new(less) return setmetatable({heap = {}, size = 0, less = less or function(a, b) return a < b end}, PQ) end
function PQ:push(v)
  self.size = self.size + 1
  local h, i = self.heap, self.size
  h[i] = v
  while i > 1 do
    local parent = math.floor(i / 2)
    if self.less(h[i], h[parent]) then h[i], h[parent] = h[parent], h[i]; i = parent else break end
  end
end
function PQ:pop()
  if self.size == 0 then return nil end
  local h = self.heap
  local top = h[1]
  h[1] = h[self.size]
  h[self.size] = nil
  self.size = self.size - 1
  local i = 1
  while true do
    local l, r, smallest = 2 * i, 2 * i + 1, i
    if l <= self.size and self.less(h[l], h[smallest]) then smallest = l end
    if r <= self.size and self.less(h[r], h[smallest]) then smallest = r end
    if smallest == i then break end
    h[i], h[smallest] = h[smallest], h[i]
    i = smallest
  end
  return top
end
function PQ:peek() return self.heap[1] end

local q = PQ.new()
for _, v in ipairs({5, 3, 8, 1, 9, 2, 7, 1, 6}) do q:push(v) end
local out = {}
while q.size > 0 do out[#out + 1] = q:pop() end
print(table.concat(out, " "), q:pop())

local seq = 0
local tasks = PQ.new(function(a, b)
  if a.priority ~= b.priority then return a.priority > b.priority end
  return a.seq < b.seq
end)
for _, t in ipairs({{"write report", 2}, {"fix bug", 5}, {"lunch", 1}, {"review", 5}, {"deploy", 3}}) do
  seq = seq + 1
  tasks:push({name = t[1], priority = t[2], seq = seq})
end
print("next:", tasks:peek().name)
while tasks.size > 0 do local t = tasks:pop() print(t.priority, t.name) end

local graph = {
  A = {B = 7, C = 9, F = 14}, B = {A = 7, C = 10, D = 15}, C = {A = 9, B = 10, D = 11, F = 2},
  D = {B = 15, C = 11, E = 6}, E = {D = 6, F = 9}, F = {A = 14, C = 2, E = 9},
}
local function dijkstra(source)
  local dist, prev = {[source] = 0}, {}
  local frontier = PQ.new(function(a, b) return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2]) end)
  frontier:push({0, source})
  while frontier.size > 0 do
    local item = frontier:pop()
    local d, node = item[1], item[2]
    if d == dist[node] then
      local neighbours = {}
      for n in pairs(graph[node]) do neighbours[#neighbours + 1] = n end
      table.sort(neighbours)
      for _, n in ipairs(neighbours) do
        local nd = d + graph[node][n]
        if dist[n] == nil or nd < dist[n] then dist[n] = nd; prev[n] = node; frontier:push({nd, n}) end
      end
    end
  end
  return dist, prev
end
local dist, prev = dijkstra("A")
for _, n in ipairs({"A", "B", "C", "D", "E", "F"}) do
  local path, at = {}, n
  while at do table.insert(path, 1, at); at = prev[at] end
  print(n, dist[n], table.concat(path, "->"))
end
local big = PQ.new()
for i = 1, 1000 do big:push((i * 7919) % 1009) end
local prev_v, ok = -1, true
for _ = 1, 1000 do local v = big:pop() if v < prev_v then ok = false end prev_v = v end
print("1000 items in order:", ok)
