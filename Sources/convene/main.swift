print("convene")
