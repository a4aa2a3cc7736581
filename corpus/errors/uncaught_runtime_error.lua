-- A script that prints some progress and then fails with an uncaught arithmetic error.
-- expect: uncaught error
local order = {items = 3, price = 2.5}
print("items", order.items)
print("subtotal", order.items * order.price)
print("total", order.items * order.price + order.shipping)
