-- Backtracking: counting N-queens solutions and printing the first solution for N = 8.
local function solve(n, want_first)
  local cols, diag1, diag2, placement = {}, {}, {}, {}
  local count, first = 0, nil
  local function place(row)
    if row > n then
      count = count + 1
      if want_first and not first then first = {unpack(placement)} end
      return
    end
    for c = 1, n do
      if not cols[c] and not diag1[row + c] and not diag2[row - c + n] then
        cols[c], diag1[row + c], diag2[row - c + n] = true, true, true
        placement[row] = c
        place(row + 1)
        cols[c], diag1[row + c], diag2[row - c + n] = nil, nil, nil
      end
    end
  end
  place(1)
  return count, first
end
for n = 1, 8 do print(n, (solve(n))) end
local _, first = solve(8, true)
for row = 1, 8 do
  local line = {}
  for c = 1, 8 do line[c] = first[row] == c and "Q" or "." end
  print(table.concat(line, " "))
end
local function subsets_summing(set, target)
  local results = {}
  local chosen = {}
  local function go(i, remaining)
    if remaining == 0 then results[#results + 1] = table.concat(chosen, "+") return end
    if i > #set or remaining < 0 then return end
    chosen[#chosen + 1] = set[i]
    go(i + 1, remaining - set[i])
    chosen[#chosen] = nil
    go(i + 1, remaining)
  end
  go(1, target)
  return results
end
print(table.concat(subsets_summing({3, 34, 4, 12, 5, 2}, 9), " | "))

-- A 4x4 Sudoku solved by the same backtracking idea: first empty cell, try each digit.
local grid = {
  {1, 0, 0, 0},
  {0, 0, 3, 0},
  {0, 4, 0, 0},
  {0, 0, 0, 2},
}
local function allowed(r, c, v)
  for i = 1, 4 do if grid[r][i] == v or grid[i][c] == v then return false end end
  local br, bc = r - (r - 1) % 2, c - (c - 1) % 2
  for i = br, br + 1 do for j = bc, bc + 1 do if grid[i][j] == v then return false end end end
  return true
end
local tries = 0
local function fill()
  for r = 1, 4 do for c = 1, 4 do
    if grid[r][c] == 0 then
      for v = 1, 4 do
        tries = tries + 1
        if allowed(r, c, v) then
          grid[r][c] = v
          if fill() then return true end
          grid[r][c] = 0
        end
      end
      return false
    end
  end end
  return true
end
print(fill(), tries)
for _, row in ipairs(grid) do print(table.concat(row, " ")) end
return (solve(6))
