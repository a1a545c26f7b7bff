using System;
using System.Numerics;
using System.Security.Cryptography;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Random;

/// <summary>
/// The <c>random</c> module (MicroPython's modrandom.c) over a <see cref="Yasmarang"/> generator, one per
/// interpreter, seeded from the host's entropy when the module is built: <c>getrandbits</c> and <c>seed</c>, and
/// with <c>MICROPY_PY_RANDOM_EXTRA_FUNCS</c> <c>randrange</c>, <c>randint</c>, <c>choice</c> and, when the build has
/// floats, <c>random</c> and <c>uniform</c>. Errors are MicroPython's: <c>ValueError: bits must be 32 or less</c>,
/// a bare <c>ValueError</c> for an empty range, a bare <c>IndexError</c> for an empty sequence.
/// </summary>
public static class RandomModule
{
    /// <summary>The module's definition: name, enabling option and functions.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("random", "MICROPY_PY_RANDOM", m =>
    {
        var generator = new Yasmarang();
        generator.Seed(EntropySeed());
        m.Function("getrandbits", bits => GetRandBits(generator, bits))
            .Function("seed", 0, 1, args =>
            {
                generator.Seed(args.Length == 0 || ReferenceEquals(args[0], NoneObject.None) ? EntropySeed() : TruncatedSeed(args[0]));
                return NoneObject.None;
            });
        if (!ModuleInstaller.IsEnabled(m.Context.Config, "MICROPY_PY_RANDOM_EXTRA_FUNCS"))
        {
            return;
        }

        m.Function("randrange", 1, 3, args => RandRange(generator, args))
            .Function("randint", (a, b) => RandInt(generator, a, b))
            .Function("choice", seq => Choice(generator, seq));
        if (m.Context.Runtime.FloatImpl != FloatImplementation.None)
        {
            m.Function("random", () => new FloatObject(generator.NextDouble()))
                .Function("uniform", (a, b) =>
                {
                    double lo = Ops.ToDouble(a);
                    return new FloatObject(lo + ((Ops.ToDouble(b) - lo) * generator.NextDouble()));
                });
        }
    });

    private static uint EntropySeed() => (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);

    /// <summary><c>seed(n)</c> keeps the low 32 bits of any int, as MicroPython's truncating conversion does.</summary>
    private static uint TruncatedSeed(PyObject n) => n switch
    {
        IntObject i => unchecked((uint)i.Value),
        BigIntObject b => (uint)(b.Value & uint.MaxValue),
        _ => unchecked((uint)Ops.ToInt64(n)),
    };

    private static PyObject GetRandBits(Yasmarang generator, PyObject bitsObject)
    {
        long bits = Ops.ToInt64(bitsObject);
        if (bits < 0 || bits > 32)
        {
            throw Errors.ValueError("bits must be 32 or less");
        }

        return bits == 0 ? IntObject.Get(0) : IntObject.Get(generator.Next() & (uint.MaxValue >> (int)(32 - bits)));
    }

    /// <summary><c>randrange(stop)</c>, <c>randrange(start, stop[, step])</c>.</summary>
    private static PyObject RandRange(Yasmarang generator, ReadOnlySpan<PyObject> args)
    {
        long start = Ops.ToInt64(args[0]);
        if (args.Length == 1)
        {
            return start > 0 ? IntObject.Get((long)generator.Below((ulong)start)) : throw EmptyRange();
        }

        long stop = Ops.ToInt64(args[1]);
        if (args.Length == 2)
        {
            return start < stop ? IntObject.Get(unchecked(start + (long)generator.Below(unchecked((ulong)(stop - start))))) : throw EmptyRange();
        }

        long step = Ops.ToInt64(args[2]);
        if (step == 0)
        {
            throw EmptyRange();
        }

        // The number of values start, start+step, ... before stop, in exact arithmetic (no overflow).
        var count = step > 0
            ? ((BigInteger)stop - start + step - 1) / step
            : ((BigInteger)stop - start + step + 1) / step;
        if (count <= 0)
        {
            throw EmptyRange();
        }

        var value = start + (step * (BigInteger)generator.Below((ulong)count));
        return IntObject.Get((long)value);
    }

    private static PyObject RandInt(Yasmarang generator, PyObject aObject, PyObject bObject)
    {
        long a = Ops.ToInt64(aObject);
        long b = Ops.ToInt64(bObject);
        if (a > b)
        {
            throw EmptyRange();
        }

        ulong span = unchecked((ulong)(b - a));
        ulong offset = span == ulong.MaxValue ? ((ulong)generator.Next() << 32) | generator.Next() : generator.Below(span + 1);
        return IntObject.Get(unchecked(a + (long)offset));
    }

    private static PyObject Choice(Yasmarang generator, PyObject seq)
    {
        long length = Ops.Length(seq);
        if (length <= 0)
        {
            throw Errors.Make(ExceptionTypes.IndexError, (string?)null);
        }

        return seq.GetItem(IntObject.Get((long)generator.Below((ulong)length)));
    }

    private static PyException EmptyRange() => Errors.ValueError(null);
}
