local a = 1; local b = 2;
do local d; end
local c = a; return;
