using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Objects;
using Xunit;
using static MicroPython.Tests.Objects.NumberTestHelpers;

namespace MicroPython.Tests.Objects;

/// <summary>Runs alone: these tests flip process-wide number configuration (the LONGINT/FLOAT_IMPL seams).</summary>
[CollectionDefinition(nameof(NumberConfigTests), DisableParallelization = true)]
public sealed class NumberConfigCollection
{
}

/// <summary>The configuration seams of the number types: big ints disabled, single-precision floats.</summary>
[Collection(nameof(NumberConfigTests))]
public sealed class NumberConfigTests
{
    [Fact]
    public void LongIntImplNoneRaisesOnOverflow()
    {
        try
        {
            IntObject.LongInts = LongIntImpl.None;
            Raises("OverflowError", "small int overflow", () => Bin(BinaryOp.Add, I(long.MaxValue), I(1)));
            Assert.Equal("3", Repr(Bin(BinaryOp.Add, I(1), I(2))));
        }
        finally
        {
            IntObject.LongInts = LongIntImpl.Mpz;
        }
    }

    [Fact]
    public void SinglePrecisionSeamRoundsValues()
    {
        try
        {
            FloatObject.SinglePrecision = true;
            Assert.Equal("0.1", Repr(F(0.1)));
            Assert.Equal((double)0.1f, ((FloatObject)F(0.1)).Value);
        }
        finally
        {
            FloatObject.SinglePrecision = false;
        }
    }
}
