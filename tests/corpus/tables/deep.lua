-- Nesting deeper than the normaliser descends ends in a depth-limit marker.
local root = {}
local current = root
for i = 1, 40 do
  current.next = { level = i }
  current = current.next
end
return root
