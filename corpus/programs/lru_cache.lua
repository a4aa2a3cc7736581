-- An LRU cache: a hash table for lookup plus a doubly linked list for recency order.
local LRU = {}
LRU.__index = LRU
function LRU.new(capacity)
  local head, tail = {}, {}
  head.next, tail.prev = tail, head
  return setmetatable({capacity = capacity, size = 0, map = {}, head = head, tail = tail, evicted = {}}, LRU)
end
local function unlink(node) node.prev.next, node.next.prev = node.next, node.prev end
function LRU:push_front(node)
  node.next, node.prev = self.head.next, self.head
  self.head.next.prev = node
  self.head.next = node
end
function LRU:get(key)
  local node = self.map[key]
  if not node then return nil end
  unlink(node)
  self:push_front(node)
  return node.value
end
function LRU:put(key, value)
  local node = self.map[key]
  if node then
    node.value = value
    unlink(node)
    self:push_front(node)
    return
  end
  if self.size == self.capacity then
    local last = self.tail.prev
    unlink(last)
    self.map[last.key] = nil
    self.size = self.size - 1
    self.evicted[#self.evicted + 1] = last.key
  end
  node = {key = key, value = value}
  self.map[key] = node
  self:push_front(node)
  self.size = self.size + 1
end
function LRU:keys()
  local out, node = {}, self.head.next
  while node ~= self.tail do out[#out + 1] = node.key; node = node.next end
  return table.concat(out, ",")
end
local cache = LRU.new(3)
cache:put("a", 1); cache:put("b", 2); cache:put("c", 3)
print(cache:keys())
print(cache:get("a"), cache:keys())
cache:put("d", 4)
print(cache:keys(), cache:get("b"), table.concat(cache.evicted, ","))
cache:put("c", 30)
print(cache:keys(), cache:get("c"))
cache:put("e", 5); cache:put("f", 6)
print(cache:keys(), table.concat(cache.evicted, ","), cache.size)
local big = LRU.new(50)
local hits, misses = 0, 0
local state = 1
for i = 1, 2000 do
  state = (state * 16807) % 2147483647
  local key = state % 80
  if big:get(key) then hits = hits + 1 else misses = misses + 1; big:put(key, i) end
end
print(hits, misses, big.size, #big.evicted)
