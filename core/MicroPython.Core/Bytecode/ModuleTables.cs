using System;
using System.Collections.Generic;
using System.Numerics;

namespace MicroPython.Bytecode;

/// <summary>
/// The file-local qstr and constant tables being filled while a module compiles (py/emitcommon.c): entries are
/// numbered in order of first use, qstr 0 is the source file name, constants are de-duplicated by strict
/// equality (same type and value; <c>0.0</c> and <c>-0.0</c> stay apart).
/// </summary>
internal sealed class ModuleTables
{
    private readonly Dictionary<string, int> _qstrIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _constIndex = new(StrictConstantComparer.Instance);
    private int _noneIndex = -1;

    public ModuleTables(string sourceFile)
    {
        UseQstr(sourceFile);
    }

    public List<string> Qstrs { get; } = new();

    public List<object?> Constants { get; } = new();

    /// <summary>Index of <paramref name="value"/> in the qstr table, adding it if new.</summary>
    public int UseQstr(string value)
    {
        if (!_qstrIndex.TryGetValue(value, out int index))
        {
            index = Qstrs.Count;
            Qstrs.Add(value);
            _qstrIndex.Add(value, index);
        }

        return index;
    }

    /// <summary>Index of <paramref name="value"/> in the constant table, adding it if no strictly equal entry exists.</summary>
    public int UseConstant(object? value)
    {
        if (value == null)
        {
            if (_noneIndex < 0)
            {
                _noneIndex = Constants.Count;
                Constants.Add(null);
            }

            return _noneIndex;
        }

        if (!_constIndex.TryGetValue(value, out int index))
        {
            index = Constants.Count;
            Constants.Add(value);
            _constIndex.Add(value, index);
        }

        return index;
    }

    /// <summary>MicroPython's strictly_equal for constant-table values (py/emitcommon.c).</summary>
    private sealed class StrictConstantComparer : IEqualityComparer<object>
    {
        public static readonly StrictConstantComparer Instance = new();

        public new bool Equals(object? a, object? b)
        {
            if (ReferenceEquals(a, b))
            {
                return !(a is double d && double.IsNaN(d));
            }

            if (a == null || b == null)
            {
                return false;
            }

            switch (a)
            {
                case long la:
                    return b switch
                    {
                        long lb => la == lb,
                        BigInteger bb => bb == la,
                        _ => false,
                    };
                case BigInteger ba:
                    return b switch
                    {
                        long lb => ba == lb,
                        BigInteger bb => ba == bb,
                        _ => false,
                    };
                case double da:
                    return b is double db && da == db && double.IsNegative(da) == double.IsNegative(db);
                case Complex ca:
                    return b is Complex cb && ca == cb
                        && double.IsNegative(ca.Real) == double.IsNegative(cb.Real)
                        && double.IsNegative(ca.Imaginary) == double.IsNegative(cb.Imaginary);
                case string sa:
                    return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
                case byte[] xa:
                    return b is byte[] xb && xa.AsSpan().SequenceEqual(xb);
                case bool boa:
                    return b is bool bob && boa == bob;
                case object?[] ta:
                    if (b is not object?[] tb || ta.Length != tb.Length)
                    {
                        return false;
                    }

                    for (int i = 0; i < ta.Length; i++)
                    {
                        if (ta[i] == null || tb[i] == null)
                        {
                            if (ta[i] != tb[i])
                            {
                                return false;
                            }
                        }
                        else if (!Equals(ta[i], tb[i]))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return a.Equals(b);
            }
        }

        public int GetHashCode(object obj)
        {
            switch (obj)
            {
                case long l:
                    return ((BigInteger)l).GetHashCode();
                case BigInteger b:
                    return b.GetHashCode();
                case double d:
                    return d.GetHashCode();
                case string s:
                    return StringComparer.Ordinal.GetHashCode(s);
                case byte[] bytes:
                    var h = new HashCode();
                    h.AddBytes(bytes);
                    return h.ToHashCode();
                case object?[] items:
                    int hash = items.Length;
                    foreach (object? item in items)
                    {
                        hash = (hash * 31) + (item == null ? 0 : GetHashCode(item));
                    }

                    return hash;
                default:
                    return obj.GetHashCode();
            }
        }
    }
}
