-- Numeric loops: the spectral norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1).
local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) * 0.5 + i + 1)
end

local function times(n, v, out)
  for i = 0, n - 1 do
    local s = 0
    for j = 0, n - 1 do s = s + a(i, j) * v[j + 1] end
    out[i + 1] = s
  end
end

local function times_transposed(n, v, out)
  for i = 0, n - 1 do
    local s = 0
    for j = 0, n - 1 do s = s + a(j, i) * v[j + 1] end
    out[i + 1] = s
  end
end

local function times_ata(n, v, out, tmp)
  times(n, v, tmp)
  times_transposed(n, tmp, out)
end

local n = 300
local u, v, tmp = {}, {}, {}
for i = 1, n do u[i] = 1 end
for _ = 1, 10 do
  times_ata(n, u, v, tmp)
  times_ata(n, v, u, tmp)
end
local vbv, vv = 0, 0
for i = 1, n do
  vbv = vbv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%0.9f", math.sqrt(vbv / vv)))
