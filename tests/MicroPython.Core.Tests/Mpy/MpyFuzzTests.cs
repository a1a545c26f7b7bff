using System;
using System.Collections.Generic;
using System.Diagnostics;
using MicroPython.Bytecode;
using MicroPython.Mpy;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Vm;
using Xunit;

namespace MicroPython.Tests.Mpy;

/// <summary>
/// Damaged .mpy files: every truncation, every single-bit flip, random multi-byte damage, wrong versions and absurd
/// length fields. Each must either load (some damage leaves a valid file) or raise <c>ValueError</c> /
/// <c>MemoryError</c>; nothing else may escape, and the whole run must take seconds.
/// </summary>
public sealed class MpyFuzzTests
{
    private static readonly string[] s_sources =
    [
        "pass\n",
        "def add(a, b=2):\n    return a + b\nprint(add(40), \"longer than ten\")\n",
        """
        import sys
        X = (1, 2.5, 'a string that is long', b'bytes', 2**80, 1e-9, 3j, ...)
        def f(a, b=2, *args, c, d=4, **kw):
            def inner(z):
                nonlocal a
                a += z
                return a
            return inner(b) + c + d
        class C(Exception):
            def m(self, x):
                try:
                    with open('x') as fh:
                        return [i * x for i in range(3) if i]
                except (ValueError, OSError) as e:
                    raise RuntimeError('bad') from e
                finally:
                    del x
            @staticmethod
            def g(*a, **k):
                yield from {k: v for k, v in k.items()}
        lam = lambda q=1: q ** 2
        async def co(s):
            async with s as t:
                async for u in t:
                    await u
        for i in range(10):
            if i % 2:
                continue
            while i < 3:
                i += 1
                break
        else:
            pass
        assert X, f"{X!r:>10}"
        """,
    ];

    /// <summary>Loads <paramref name="data"/> fully (reader, verifier, code loader); returns the outcome.</summary>
    private static string Attempt(PyRuntime runtime, byte[] data)
    {
        try
        {
            CompiledModule module = MpyReader.Read(data);
            CodeLoader.Load(runtime, module);
            return "ok";
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.ValueError || e.Value.Type == ExceptionTypes.MemoryError)
        {
            return "error";
        }
    }

    [Fact]
    public void DamagedFilesRaiseValueErrorAndNeverCrash()
    {
        var runtime = PyRuntime.Create();
        var random = new Random(20261123);
        int cases = 0;
        int refused = 0;
        var watch = Stopwatch.StartNew();

        void Check(byte[] data)
        {
            cases++;
            if (Attempt(runtime, data) == "error")
            {
                refused++;
            }
        }

        foreach (var source in s_sources)
        {
            byte[] good = MpyWriterTests.CompileToMpy(source);
            Assert.Equal("ok", Attempt(runtime, good));

            // Every truncation: only the full file may load (nothing is optional at the end).
            for (int length = 0; length < good.Length; length++)
            {
                Assert.Equal("error", Attempt(runtime, good[..length]));
                cases++;
                refused++;
            }

            // Every single-bit flip.
            for (int i = 0; i < good.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] damaged = (byte[])good.Clone();
                    damaged[i] ^= (byte)(1 << bit);
                    Check(damaged);
                }
            }

            // Random damage: a few bytes overwritten at once.
            for (int n = 0; n < 2000; n++)
            {
                byte[] damaged = (byte[])good.Clone();
                int count = random.Next(1, 6);
                for (int k = 0; k < count; k++)
                {
                    damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
                }

                Check(damaged);
            }

            // Absurd length/count fields: a huge vuint spliced in at every position after the header.
            byte[] huge = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F];
            for (int at = 4; at < good.Length; at++)
            {
                var spliced = new List<byte>(good.Length + huge.Length);
                spliced.AddRange(good[..at]);
                spliced.AddRange(huge);
                spliced.AddRange(good[at..]);
                Check(spliced.ToArray());

                byte[] overwritten = (byte[])good.Clone();
                for (int k = 0; k < 4 && at + k < overwritten.Length; k++)
                {
                    overwritten[at + k] = 0xFF;
                }

                Check(overwritten);
            }

            // Every version and feature byte.
            for (int value = 0; value < 256; value++)
            {
                byte[] version = (byte[])good.Clone();
                version[1] = (byte)value;
                Assert.Equal(value == 6 ? "ok" : "error", Attempt(runtime, version));
                cases++;

                byte[] features = (byte[])good.Clone();
                features[2] = (byte)value;
                Check(features);
            }
        }

        watch.Stop();
        Assert.True(cases >= 10_000, $"only {cases} cases");
        Assert.True(refused > cases / 2, $"{refused} of {cases} refused");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void EmptyAndTinyInputsAreIncompatible()
    {
        foreach (var data in new[] { Array.Empty<byte>(), new byte[] { 0x4D }, new byte[] { 0x4D, 6, 0, 31 } })
        {
            Assert.Equal("incompatible .mpy file", MpyReaderTests.ValueErrorText(() => MpyReader.Read(data)));
        }
    }
}
