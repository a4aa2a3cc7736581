local t = f(
  a,
  b
)
local u = {
  1,
  x = 2,
  [3] =
    4,
}
local s = a
  .. b
  .. c
if a
  and b
then
  g(
  )
end
local v = t
  .x
  .y
  :z(
  1)
return
  1,
  2
