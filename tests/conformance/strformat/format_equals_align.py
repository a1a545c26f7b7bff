# '=' alignment puts padding between the sign (or 0x prefix) and the digits
for v in (42, -42, 0, 10**12, -10**25):
    print("[{:=8}] [{:=+8}] [{:*=9}] [{:0=8}] [{:= 8}]".format(v, v, v, v, v))
for v in (3.5, -3.5, -0.3, 1e10):
    print("[{:=10}] [{:=+10.2f}] [{:_=12.3e}] [{:0=10.1f}]".format(v, v, v, v))
print("[{:=#10x}] [{:=#10b}] [{:0=#8o}] [{:=+#8X}]".format(255, 5, 8, 255))
print("[{:08}] [{:+08}] [{:08.3f}] [{:-08.1f}]".format(-7, 7, -2.5, -0.5))
for bad in ("{:=5}", "{:=^5}"):
    try:
        print(bad.format("text"))
    except ValueError:
        print(bad, "ValueError")
