using MicroPython.Builtins;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>Which built-in a <see cref="BuiltinFunction"/> is, for the loop to drive a generator argument itself.</summary>
public enum GeneratorConsumption
{
    /// <summary>An ordinary built-in: called with the generator, which it iterates natively.</summary>
    None = 0,

    /// <summary><c>sum(generator)</c>.</summary>
    Sum,

    /// <summary><c>max(generator)</c>.</summary>
    Max,

    /// <summary><c>min(generator)</c>.</summary>
    Min,

    /// <summary><c>any(generator)</c>.</summary>
    Any,

    /// <summary><c>all(generator)</c>.</summary>
    All,
}

/// <summary>
/// The per-item work of a built-in (<c>sum</c>, <c>max</c>, <c>min</c>, <c>any</c>, <c>all</c>) called with one
/// generator: the loop resumes the generator in place and hands each yielded value to <see cref="Accept"/> at the
/// moment the built-in's own loop would have received it from <c>Next()</c> (the generator suspended, the caller
/// the current frame), so side effects, errors and their order are the built-in's. Each one mirrors the general
/// iterator path of its built-in in <see cref="BuiltinFunctions"/>; keep the two in step.
/// </summary>
internal abstract class GeneratorConsumer
{
    /// <summary>The generator being consumed.</summary>
    public GeneratorObject Generator = null!;

    /// <summary>Once the call is over: the built-in's result, or null when it raised <see cref="Error"/>.</summary>
    public PyObject? Result;

    /// <summary>Once the call is over: the exception the built-in raised, if it did.</summary>
    public PyObject? Error;

    /// <summary>Takes the next item; false when the result is decided and iteration stops (any/all).</summary>
    public abstract bool Accept(PyObject item);

    /// <summary>The built-in's result once the generator is exhausted or <see cref="Accept"/> returned false.</summary>
    public abstract PyObject Finish();

    /// <summary>A consumer for a call of <paramref name="callable"/> with one generator argument, or null.</summary>
    public static GeneratorConsumer? For(PyObject callable) =>
        callable is BuiltinFunction { Consumes: not GeneratorConsumption.None } builtin
            ? builtin.Consumes switch
            {
                GeneratorConsumption.Sum => new SumConsumer(),
                GeneratorConsumption.Max => new ExtremeConsumer(isMax: true),
                GeneratorConsumption.Min => new ExtremeConsumer(isMax: false),
                GeneratorConsumption.Any => new TruthConsumer(stopOn: true),
                _ => new TruthConsumer(stopOn: false),
            }
            : null;

    /// <summary><c>sum(g)</c>: exact ints add up in a long until an item is not one or would overflow.</summary>
    private sealed class SumConsumer : GeneratorConsumer
    {
        private long _total;
        private PyObject? _acc;

        public override bool Accept(PyObject item)
        {
            if (_acc == null)
            {
                if (item is IntObject x)
                {
                    long r = _total + x.Value;
                    if (((_total ^ r) & (x.Value ^ r)) >= 0)
                    {
                        _total = r;
                        return true;
                    }
                }

                _acc = IntObject.Get(_total);
            }

            _acc = Ops.BinaryOp(BinaryOp.Add, _acc, item);
            return true;
        }

        public override PyObject Finish() => _acc ?? IntObject.Get(_total);
    }

    /// <summary><c>max(g)</c>/<c>min(g)</c> without key or default: the first of equal extremes wins.</summary>
    private sealed class ExtremeConsumer(bool isMax) : GeneratorConsumer
    {
        private PyObject? _best;

        public override bool Accept(PyObject item)
        {
            if (_best == null || BuiltinFunctions.Better(item, _best, isMax))
            {
                _best = item;
            }

            return true;
        }

        public override PyObject Finish() => _best ?? throw Errors.ValueError("arg is an empty sequence");
    }

    /// <summary><c>any(g)</c> (stops at the first true item) and <c>all(g)</c> (at the first false one).</summary>
    private sealed class TruthConsumer(bool stopOn) : GeneratorConsumer
    {
        private bool _stopped;

        public override bool Accept(PyObject item)
        {
            if (Ops.IsTrue(item) == stopOn)
            {
                _stopped = true;
                return false;
            }

            return true;
        }

        public override PyObject Finish() => BoolObject.From(_stopped ? stopOn : !stopOn);
    }
}
