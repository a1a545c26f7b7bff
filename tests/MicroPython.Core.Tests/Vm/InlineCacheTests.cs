using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;

namespace MicroPython.Tests.Vm;

/// <summary>
/// The VM's inline caches (Vm/SiteCaches.cs): warm sites must keep giving the generic lookup's answer while classes,
/// instances and globals change under them, and a stale dict-entry hint must only ever miss.
/// </summary>
public sealed class InlineCacheTests
{
    private static string Ok(string source)
    {
        var (output, error) = InterpreterTests.Run(source);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    [Fact]
    public void DictHintIsCheckedAgainstTheKey()
    {
        var d = new DictObject();
        var a = StrObject.Intern("a");
        var b = StrObject.Intern("b");
        d.SetItem(a, IntObject.Get(1));
        d.SetItem(b, IntObject.Get(2));
        int hint = d.EntryIndexOf(b);
        Assert.Equal(1, hint);
        Assert.Same(IntObject.Get(2), d.ValueAtHint(hint, b));
        Assert.Null(d.ValueAtHint(hint, a));
        Assert.Null(d.ValueAtHint(-1, b));
        Assert.Null(d.ValueAtHint(1000, b));

        // Replacing the value is seen through the hint; deleting the key makes the hint miss.
        Assert.True(d.TrySetAtHint(hint, b, IntObject.Get(3)));
        Assert.Same(IntObject.Get(3), d.GetOrNull(b));
        d.Remove(b);
        Assert.Null(d.ValueAtHint(hint, b));
        Assert.False(d.TrySetAtHint(hint, b, IntObject.Get(4)));
        Assert.Equal(-1, d.EntryIndexOf(b));
    }

    [Fact]
    public void DictHintMissesAfterCompaction()
    {
        var d = new DictObject();
        var names = new StrObject[40];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = StrObject.Intern("k" + i);
            d.SetItem(names[i], IntObject.Get(i));
        }

        int before = d.EntryIndexOf(names[39]);
        for (int i = 0; i < 30; i++)
        {
            d.Remove(names[i]);
        }

        // Growing again compacts the entries: the old position now holds another key or nothing.
        for (int i = 0; i < 60; i++)
        {
            d.SetItem(StrObject.Intern("n" + i), IntObject.Get(i));
        }

        int after = d.EntryIndexOf(names[39]);
        Assert.NotEqual(before, after);
        Assert.Null(d.ValueAtHint(before, names[39]));
        Assert.Same(IntObject.Get(39), d.ValueAtHint(after, names[39]));
    }

    [Fact]
    public void ClassAttributeChangeInvalidatesWarmLoadSite()
    {
        Assert.Equal("1 1 2 2 3 inst\n", Ok("""
            class A:
                v = 1
            class B(A):
                pass
            def get(o):
                return o.v
            b = B()
            r = [get(b), get(b)]
            A.v = 2
            r += [get(b), get(b)]
            B.v = 3
            r.append(get(b))
            b.v = 'inst'
            r.append(get(b))
            print(*r)
            """));
    }

    [Fact]
    public void MethodShadowedByInstanceAttributeAfterWarmUp()
    {
        Assert.Equal("m m f m\n", Ok("""
            class C:
                def m(self):
                    return 'm'
            def call(o):
                return o.m()
            c = C()
            r = [call(c), call(c)]
            c.m = lambda: 'f'
            r.append(call(c))
            del c.m
            r.append(call(c))
            print(*r)
            """));
    }

    [Fact]
    public void StoreSiteSeesPropertyAndSetattrAddedLater()
    {
        Assert.Equal("1 blocked 7 ['y']\n", Ok("""
            class C:
                pass
            def put(o, v):
                o.y = v
            c = C()
            put(c, 1)
            put(c, 1)
            r = [c.y]
            C.y = property(lambda self: 7)
            try:
                put(c, 2)
            except AttributeError:
                r.append('blocked')
            r.append(c.y)
            del C.y
            seen = []
            def setattr_hook(self, name, value):
                seen.append(name)
            C.__setattr__ = setattr_hook
            put(c, 3)
            r.append(seen)
            print(*r)
            """));
    }

    [Fact]
    public void GlobalSiteSeesRebindingShadowingAndDeletion()
    {
        Assert.Equal("1 2 3 -1 3 missing\n", Ok("""
            x = 1
            def gx():
                return x
            def glen():
                return len('abc')
            def gy():
                try:
                    return y
                except NameError:
                    return 'missing'
            r = [gx()]
            x = 2
            r.append(gx())
            r.append(glen())
            len = lambda s: -1
            r.append(glen())
            del len
            r.append(glen())
            y = 5
            gy()
            del y
            r.append(gy())
            print(*r)
            """));
    }

    [Fact]
    public void RememberedAbsenceEndsWithAnyInsertionIntoTheInstanceDict()
    {
        // The sites learn that c's dict lacks 'k' and 'm'; each way of adding them afterwards must be seen.
        Assert.Equal("class class m m inst f class m viadict viaset ['class', 'e', 'class', 'e']\n", Ok("""
            class C:
                k = 'class'
                def m(self):
                    return 'm'
            def get(o):
                return o.k
            def call(o):
                return o.m()
            c = C()
            c.a = 1
            r = [get(c), get(c), call(c), call(c)]
            c.k = 'inst'
            c.m = lambda: 'f'
            r += [get(c), call(c)]
            del c.k
            del c.m
            r += [get(c), call(c)]
            c.__dict__['k'] = 'viadict'
            r.append(get(c))
            del c.k
            setattr(c, 'k', 'viaset')
            r.append(get(c))
            d = C()
            e = C()
            e.k = 'e'
            r.append([get(o) for o in (d, e, d, e)])
            print(*r)
            """));
    }

    [Fact]
    public void AbsenceIsRememberedPerDictNotPerClass()
    {
        // Two instances at one site: one lacks the name, the other gains it between the calls.
        Assert.Equal("c c c i c\n", Ok("""
            class C:
                k = 'c'
            def get(o):
                return o.k
            a = C()
            b = C()
            r = [get(a), get(b), get(a)]
            b.k = 'i'
            r += [get(b), get(a)]
            print(*r)
            """));
    }

    [Fact]
    public void KeyBitsCoverEveryKeyEverInsertedAndSurviveCloning()
    {
        var d = new DictObject();
        var names = new[] { "x", "y", "z", "scale", "who" };
        foreach (var n in names)
        {
            var key = StrObject.Intern(n);
            Assert.Equal(d.Count, d.SetItemAndGetEntry(key, IntObject.Get(1)));
            Assert.NotEqual(0UL, d.KeyBits & DictObject.KeyBit(key.Hash()));
        }

        // Replacing a value answers its entry; a deletion keeps the bit (the filter may only over-approximate).
        Assert.Equal(1, d.SetItemAndGetEntry(StrObject.Intern("y"), IntObject.Get(2)));
        var z = StrObject.Intern("z");
        d.Remove(z);
        Assert.NotEqual(0UL, d.KeyBits & DictObject.KeyBit(z.Hash()));
        Assert.Equal(d.KeyBits, d.CloneAs(DictObject.PyType).KeyBits);

        // A new key is the last entry, also when the insertion compacts away the hole left by the deletion.
        for (int i = 0; i < 10; i++)
        {
            var key = StrObject.Intern("k" + i);
            int at = d.SetItemAndGetEntry(key, IntObject.Get(i));
            Assert.Same(IntObject.Get(i), d.ValueAtHint(at, key));
        }

        Assert.Equal(0UL, new DictObject().KeyBits);
    }

    [Fact]
    public void MethodsAndClassValuesThroughManyInstancesSeeShadowingDicts()
    {
        // One site, many instances: the key filter proves absence for most; the shadowing ones must still win.
        Assert.Equal("m m own m | c c inst c | m m m m | c c c c\n", Ok("""
            class C:
                k = 'c'
                def m(self):
                    return 'm'
            objs = [C() for i in range(4)]
            for o in objs:
                o.a = 1
            objs[2].m = lambda: 'own'
            objs[2].__dict__['k'] = 'inst'
            def row():
                return [o.m() for o in objs] + ['|'] + [o.k for o in objs]
            r = row()
            del objs[2].m
            del objs[2].k
            print(*(r + ['|'] + row()))
            """));
    }

    [Fact]
    public void PropertyGetterCalledFromTheLoopKeepsTracebacksAndRecursionLimit()
    {
        // The getter runs as a Python frame of the loop: its exception carries both lines, and unbounded
        // recursion through a property ends in the usual RuntimeError.
        var (output, error) = InterpreterTests.Run("""
            class P:
                @property
                def v(self):
                    return 1 // 0
            p = P()
            x = p.v
            """);
        Assert.Equal(string.Empty, output);
        Assert.NotNull(error);
        var trace = TracebackPrinter.Format(error.Value);
        Assert.Contains("line 4", trace);
        Assert.Contains("line 6", trace);
        Assert.Contains("ZeroDivisionError", trace);

        Assert.Equal("RuntimeError 6\n", Ok("""
            class Deep:
                @property
                def down(self):
                    return self.down
            class Ok:
                @property
                def six(self):
                    return 6
            try:
                Deep().down
            except RuntimeError as e:
                print(type(e).__name__, Ok().six)
            """));
    }
}
