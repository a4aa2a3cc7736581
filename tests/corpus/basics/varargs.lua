local function pack(...) return select("#", ...), ... end
return pack(1, nil, 3, nil)
