"""Lost and found pages: register found items, lost reports with matching, the search list
with claims, hand-overs and disposals, and the items due for action."""
