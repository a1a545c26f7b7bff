using System;
using System.Globalization;
using System.Numerics;
using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;
using Xunit;
using static MicroPython.Tests.Objects.NumberTestHelpers;

namespace MicroPython.Tests.Objects;

/// <summary>float: repr, parsing, formatting, conversions and MicroPython's deviations (expected values from CPython 3.11).</summary>
public sealed class FloatTests
{
    // a|b|repr(a / b) for random big ints, from CPython (correctly rounded true division).
    private static readonly string[] s_trueDivisions =
    [
        "-22514145439921479194661681219790068932716974581067654144002704186|-193017900648154315564889588746|1.166427847589211e+35",
        "-7986264551321101233|364473120328490653919473933684401099730204755821011334561076394056461317498669504734478|-2.191180667623247e-68",
        "5455915480758706774601482648910620573611861405228235269976107875268265218308318866|-25514544048011540265563733216|-2.1383550772030787e+53",
        "-17828406447355459948174608845346927934681318821000280|1|-1.782840644735546e+52",
        "-92789617587995065739964652837555513752133559681977180788848373359440725026314580340157397|-942936321000081676316487806079580481|9.840496703911252e+52",
        "487185|-29843500339841660147738271053960346867758689581120557759196091334574242837806|-1.6324660125394154e-71",
        "102589856485438985741186902878347917962169358197888258956774378813871149604199174|-52835701415437419604160|-1.9416768158104646e+57",
        "31051842607369036087369|-3056630701|-10158846666432.484",
        "2187805232354|-49|-44649086374.57143",
        "-315467628102601991686512804081678|-59346766|5.315666705454548e+24",
        "178190085619760613851283571533382125768784975298413|29357118434909904151191822734308184344566527070343251276|6.069740326007833e-06",
        "-4711448920981529291277191826407745819015743163367240374303476106953880127079|78511013974314238130988|-6.001003785943884e+52",
        "37477469347918367472324|-568766474208392|-65892542.98098254",
        "-16279872889|-9818096597853282401463227376129266772627296883193561922298672667|1.6581495941443048e-54",
        "440666709292573412333452239|-4237100590298960261407880997668691907070193194034975310612623554|-1.040019465909071e-37",
        "282942378273575780508553316539|5261767419053158416469164597548656264002891917026762063072155078327506117871706855|5.377325824950479e-53",
        "17478249981078543773683038239238563247856|9260694109|1.8873585257602146e+30",
        "-1119994726648385892884922641677031387526845|-432716966044208171793652950489198009904381023476167313588149647667942|2.5882847554767763e-27",
        "-14394|793247535159023378987|-1.8145659913225468e-17",
        "7278|-7720216076818559293317258947621715670462264944517182374755789|-9.42719727994868e-58",
        "-36815062580712141698461156102416480325793635198018746771101|-249001803402350734643113246410|1.478505861309942e+29",
        "9208942930877052200162252551389476|296298673873292656|3.1079932996308676e+16",
        "-4770694089112664957547889500089748591065389338926497|-39147795709416237524196|1.2186367080599554e+29",
        "1373871831881677674402459|74251798278849|18502876209.437637",
        "4040678404456044658891206525110508453030520717563070556838709408092023654687893047537|6672103979762704422331045593899276780373116009017135136711760296271646973598805336|605.6078287616484",
        "2115863139075528135649524262619867128534549340724425213301|-9226784381005774717343273600112260612304815629765|-229317501.27717695",
        "28875971001371143916|-467521211782220166774795611670388596495270488879494709792942458083541805417377702971080|-6.176398048613481e-68",
        "-1296129990870674137973774466369044|909150059|-1.4256502301680807e+24",
        "-3367338295383821855791109442867357|874282169488856404466705550300162026573917704771127545156346474090298325176929975228|-3.851546346132754e-51",
        "14156651755045739881699773348085480307343729438662222829141123630051337509065563194405|1022020022497695891900910669888|1.385163836658362e+55",
        "138068577445399804992729484745886011435295235328127514636690966962728084990695645812573|-14423831564687769480370884555985425726757052277293654875486487826339333165882|-9572253865.153101",
        "310425458929435193649955786304777997037160833518566464347179702254752590146943|16848437990888888310430720865628652736124914924929098218431777|1.8424583875211676e+16",
        "-262283433568598168307016693023239094748576317654511408641609981531327|34973319756935158110866748490375726376473|-7.499529223747418e+27",
        "-4|-6605|0.0006056018168054504",
        "904122333448959280938070753993790615242546442275124|5920878894026425499537744406661592885763773794999378784899515|1.5270069691192776e-10",
        "202801141501406966685061305759|238545584270395416974326|850156.7619525854",
        "-228904750710557029537264220065538100575245073357569|-6885|3.3246877372629923e+46",
        "-4115559452108509515333932164074302050090429435430856183931672|-15654389992991498717977723620371932074257896143433914911103774561733950493926890978280667|2.6290129822695446e-28",
        "229725088440964538357528|-3059770295208378403|-75079.19427831417",
        "4530965129610641066087776810020787362921514529613727572831584012|524109826152436724039028108732767590970691854339006489896452432199|0.00864506808214814"
    ];

    // n|repr(float(n)) for random big ints (round half to even).
    private static readonly string[] s_toFloat =
    [
        "40735293973329333728514219882476760249266784|4.0735293973329334e+43",
        "-6860243815943715338929316278547802451017201806|-6.860243815943716e+45",
        "-19877214192591820009770895640123126784394244240170|-1.987721419259182e+49",
        "-773959340226666191|-7.739593402266662e+17",
        "-2647497609159373751685423148488156928890042241221540087|-2.647497609159374e+54",
        "87433521667843555779972593195855970299844609418638900822837734241996833784394|8.743352166784355e+76",
        "-185688308322361381865430933242586355999571030824|-1.856883083223614e+47",
        "-675139553955884021658787080755039441409545657104252227|-6.75139553955884e+53",
        "23202396043531740075069975067511102445358|2.320239604353174e+40",
        "175039604624666653665957907416853223237584380708305550019806988232295847338|1.7503960462466666e+74",
        "409092590363730727011528419812595085362149|4.090925903637307e+41",
        "-750204346921383492117939323592966899368624|-7.502043469213834e+41",
        "-30625669428719133434545562402028227969231690963883011738482807261263065235656542241154575|-3.0625669428719133e+88",
        "-14760338888880923430594154698231568322055276823644|-1.4760338888880923e+49",
        "45864459521378022096608117096042169741379524066209326631145056680614|4.586445952137802e+67",
        "1072687804529894244508680020452959900868787408383938560718907144910725978600597621|1.0726878045298943e+81",
        "-15880373328445583378215346952720029138909543512156885493796132168182874|-1.5880373328445583e+70",
        "1395180102841015786757269579118298586586841732264|1.3951801028410158e+48",
        "568196869977254685113844339011722713563228248413174104|5.681968699772547e+53",
        "-465191657644838866|-4.6519165764483885e+17",
        "52932366927002481427849063|5.293236692700248e+25",
        "-138075690276735203748360918538800689702|-1.380756902767352e+38",
        "36873878381741497644911737492|3.6873878381741496e+28",
        "-88800418473021405092119852277864892967838365465246636047405|-8.880041847302141e+58",
        "-47812774212032188732732345|-4.781277421203219e+25",
        "9007199254740993|9007199254740992.0",
        "18014398509481986|1.8014398509481984e+16",
        "18014398509481990|1.801439850948199e+16",
        "9223372036854775808|9.223372036854776e+18",
        "-9223372036854775809|-9.223372036854776e+18",
        "18446744073709551615|1.8446744073709552e+19",
        "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791|1.7976931348623157e+308"
    ];

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1.5e-07, "1.5e-07")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(1e22, "1e+22")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e+308, "1.7976931348623157e+308")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(9007199254740992.0, "9007199254740992.0")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(2.5e-10, "2.5e-10")]
    [InlineData(12345678.9, "12345678.9")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e100, "1e+100")]
    [InlineData(-1.5, "-1.5")]
    public void ReprIsTheShortestRoundTripForm(double value, string expected)
    {
        Assert.Equal(expected, Repr(F(value)));
        Assert.Equal(expected, Ops.Str(F(value)));
    }

    [Theory]
    [InlineData("nan", "nan")]
    [InlineData("-inf", "-inf")]
    [InlineData("Infinity", "inf")]
    [InlineData("  1.5  ", "1.5")]
    [InlineData("\t-2.5e3\n", "-2500.0")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5.0")]
    [InlineData("1e400", "inf")]
    [InlineData("-1e-400", "-0.0")]
    [InlineData("1_000.5", "1000.5")]
    [InlineData("0.1", "0.1")]
    [InlineData("2.2250738585072011e-308", "2.225073858507201e-308")]
    [InlineData("+NaN", "nan")]
    public void FloatParsesText(string text, string expected)
    {
        Assert.Equal(expected, Repr(Call(FloatObject.PyType, S(text))));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1e")]
    [InlineData(".")]
    [InlineData("1.5j")]
    [InlineData("1 5")]
    [InlineData("infx")]
    [InlineData("--1")]
    public void FloatRejectsBadText(string text)
    {
        Raises("ValueError", "invalid syntax for number", () => Call(FloatObject.PyType, S(text)));
    }

    [Fact]
    public void FloatConvertsNumbers()
    {
        Assert.Equal("0.0", Repr(Call(FloatObject.PyType)));
        Assert.Equal("3.0", Repr(Call(FloatObject.PyType, I(3))));
        Assert.Equal("1.0", Repr(Call(FloatObject.PyType, BoolObject.True)));
        Assert.Equal("9007199254740992.0", Repr(Call(FloatObject.PyType, Lit("9007199254740993"))));
        Assert.Equal("inf", Repr(Call(FloatObject.PyType, IntObject.FromBigInteger(BigInteger.Pow(10, 400)))));
        var f = F(2.5);
        Assert.Same(f, Call(FloatObject.PyType, f));
        Raises("TypeError", "can't convert NoneType to float", () => Call(FloatObject.PyType, NoneObject.None));
        Raises("TypeError", "can't convert complex to float", () => Call(FloatObject.PyType, new ComplexObject(1, 2)));
        Raises("TypeError", "function doesn't take keyword arguments", () => FloatObject.PyType.Maker!(FloatObject.PyType, new PyObject[] { S("x"), I(1) }, 1));
    }

    [Fact]
    public void BigIntsConvertWithRoundHalfToEven()
    {
        foreach (var row in s_toFloat)
        {
            var parts = row.Split('|');
            var n = BigInteger.Parse(parts[0], CultureInfo.InvariantCulture);
            Assert.Equal(parts[1], FloatObject.Repr(FloatObject.BigToDouble(n)));
        }
    }

    [Fact]
    public void IntTrueDivisionIsCorrectlyRounded()
    {
        foreach (var row in s_trueDivisions)
        {
            var parts = row.Split('|');
            var a = BigInteger.Parse(parts[0], CultureInfo.InvariantCulture);
            var b = BigInteger.Parse(parts[1], CultureInfo.InvariantCulture);
            Assert.Equal(parts[2], Repr(Bin(BinaryOp.TrueDivide, IntObject.FromBigInteger(a), IntObject.FromBigInteger(b))));
        }

        var two = BigInteger.One << 1;
        Assert.Equal("5e-324", FloatObject.Repr(FloatObject.TrueDivide(1, BigInteger.Pow(2, 1074))));
        Assert.Equal("1e-323", FloatObject.Repr(FloatObject.TrueDivide(3, BigInteger.Pow(2, 1075))));
        Assert.Equal("0.0", FloatObject.Repr(FloatObject.TrueDivide(1, BigInteger.Pow(2, 1075))));
        Assert.Equal("5e-324", FloatObject.Repr(FloatObject.TrueDivide(5, BigInteger.Pow(2, 1076))));
        Assert.Equal("5e-324", FloatObject.Repr(FloatObject.TrueDivide(BigInteger.Pow(2, 1076) + 1, BigInteger.Pow(2, 2150))));
        Assert.Equal("0.5", FloatObject.Repr(FloatObject.TrueDivide(BigInteger.Pow(2, 54) + 2, BigInteger.Pow(2, 55) + 1)));
        Assert.Equal("1000000000000000.0", FloatObject.Repr(FloatObject.TrueDivide(BigInteger.Pow(10, 30) + 1, BigInteger.Pow(10, 15))));
        Assert.Equal("-1.2676506002282294e+30", FloatObject.Repr(FloatObject.TrueDivide(1 - BigInteger.Pow(2, 1100), BigInteger.Pow(2, 1000))));
        Assert.Equal("-0.0", FloatObject.Repr(FloatObject.TrueDivide(0, -5)));
        Assert.Equal("0.5", FloatObject.Repr(FloatObject.TrueDivide(1, two)));

        // MicroPython: a quotient beyond the float range is inf (CPython raises OverflowError).
        Assert.Equal("inf", Repr(Bin(BinaryOp.TrueDivide, IntObject.FromBigInteger(BigInteger.Pow(10, 400)), I(1))));
        Assert.Equal("-inf", Repr(Bin(BinaryOp.TrueDivide, IntObject.FromBigInteger(-BigInteger.Pow(10, 400)), I(3))));
        Assert.Equal("10.0", Repr(Bin(BinaryOp.TrueDivide, IntObject.FromBigInteger(BigInteger.Pow(10, 400)), IntObject.FromBigInteger(BigInteger.Pow(10, 399)))));
    }

    [Fact]
    public void OverflowGivesInfInsteadOfRaising()
    {
        Assert.Equal("inf", Repr(Bin(BinaryOp.Power, F(2.0), I(10000))));
        Assert.Equal("inf", Repr(Bin(BinaryOp.Power, F(10.0), I(400))));
        Assert.Equal("inf", Repr(Bin(BinaryOp.Multiply, F(1e300), F(1e300))));
        Assert.Equal("inf", Repr(Bin(BinaryOp.Add, IntObject.FromBigInteger(BigInteger.Pow(10, 400)), F(1.0))));
    }

    [Fact]
    public void PowerEdgeCases()
    {
        Raises("ZeroDivisionError", "divide by zero", () => Bin(BinaryOp.Power, F(0.0), I(-1)));
        Raises("ZeroDivisionError", "divide by zero", () => Bin(BinaryOp.Power, I(0), I(-1)));
        Assert.Equal("inf", Repr(Bin(BinaryOp.Power, F(0.0), F(double.NegativeInfinity))));
        Assert.Equal("(1.0000000000000002+1.7320508075688772j)", Repr(Bin(BinaryOp.Power, I(-8), Bin(BinaryOp.TrueDivide, I(1), I(3)))));
        Assert.Equal("0.5", Repr(Bin(BinaryOp.Power, I(2), I(-1))));
        Assert.Equal("1.0", Repr(Bin(BinaryOp.Power, F(-1), F(double.PositiveInfinity))));
        Assert.Equal("1.0", Repr(Bin(BinaryOp.Power, F(1), F(double.NaN))));
        Assert.Equal("inf", Repr(Bin(BinaryOp.Power, F(double.NegativeInfinity), F(1.5))));
    }

    [Fact]
    public void DivisionByZeroSaysDivideByZero()
    {
        foreach (var op in new[] { BinaryOp.TrueDivide, BinaryOp.FloorDivide, BinaryOp.Modulo, BinaryOp.DivMod })
        {
            Raises("ZeroDivisionError", "divide by zero", () => Bin(op, F(1.0), F(0.0)));
            Raises("ZeroDivisionError", "divide by zero", () => Bin(op, F(1.0), I(0)));
            Raises("ZeroDivisionError", "divide by zero", () => Bin(op, I(1), F(-0.0)));
        }
    }

    [Fact]
    public void ComparisonsWithIntsAreExact()
    {
        var big = IntObject.FromBigInteger((BigInteger.One << 53) + 1);
        Assert.Same(BoolObject.False, Bin(BinaryOp.Equal, big, F(9007199254740992.0)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.More, big, F(9007199254740992.0)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Less, F(9007199254740992.0), big));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Equal, F(9223372036854775808.0), IntObject.FromBigInteger(BigInteger.One << 63)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Less, I(long.MaxValue), F(9223372036854775808.0)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.More, IntObject.FromBigInteger(BigInteger.Pow(10, 400)), F(1e308)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Less, IntObject.FromBigInteger(BigInteger.Pow(10, 400)), F(double.PositiveInfinity)));
        Assert.Same(BoolObject.False, Bin(BinaryOp.Equal, F(double.NaN), I(0)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.NotEqual, I(0), F(double.NaN)));
        Assert.Same(BoolObject.True, Bin(BinaryOp.Less, I(-3), F(-2.5)));
        Assert.Same(BoolObject.False, Bin(BinaryOp.Less, I(-2), F(-2.5)));
    }

    [Fact]
    public void HashMatchesEqualIntsAndMicroPython()
    {
        Assert.Equal(1, Ops.Hash(F(1.5)));
        Assert.Equal(2, Ops.Hash(F(2.0)));
        Assert.Equal(-2, Ops.Hash(F(-2.7)));
        Assert.Equal(0, Ops.Hash(F(0.5)));
        Assert.Equal(0, Ops.Hash(F(-0.0)));
        Assert.Equal(Ops.Hash(IntObject.FromBigInteger(BigInteger.One << 70)), Ops.Hash(F(Math.Pow(2, 70))));
        var exact = BigInteger.Pow(3, 30) << 40; // exactly representable, beyond a machine word
        Assert.Equal(Ops.Hash(IntObject.FromBigInteger(exact)), Ops.Hash(F((double)exact)));
        Assert.Equal(0, Ops.Hash(F(double.PositiveInfinity)));
    }

    [Theory]
    [InlineData(2.5, null, "2")]
    [InlineData(3.5, null, "4")]
    [InlineData(-0.5, null, "0")]
    [InlineData(-1.5, null, "-2")]
    [InlineData(1e20, null, "100000000000000000000")]
    [InlineData(2.675, 2L, "2.67")] // exact, as CPython (MicroPython's nearbyint gives 2.68)
    [InlineData(3.14159, 2L, "3.14")]
    [InlineData(1234.5678, 1L, "1234.6")]
    [InlineData(-1234.5678, 1L, "-1234.6")]
    [InlineData(1234.5678, -2L, "1200.0")]
    [InlineData(2.5, 0L, "2.0")]
    [InlineData(-0.25, 1L, "-0.2")]
    [InlineData(1.5, 400L, "1.5")]
    [InlineData(1e300, 10L, "1e+300")]
    [InlineData(1.5, -400L, "0.0")]
    [InlineData(-1.5, -400L, "-0.0")]
    public void RoundIsCorrectlyRounded(double value, long? ndigits, string expected)
    {
        Assert.Equal(expected, Repr(FloatObject.Round(value, ndigits)));
        Assert.Equal(expected, Repr(Ops.Round(F(value), ndigits == null ? null : I(ndigits.Value))));
    }

    [Fact]
    public void RoundOfNonFiniteRaises()
    {
        Raises("OverflowError", "can't convert inf to int", () => Ops.Round(F(double.PositiveInfinity)));
        Raises("ValueError", "can't convert NaN to int", () => Ops.Round(F(double.NaN)));
        Raises("OverflowError", "can't convert inf to int", () => Call(IntObject.PyType, F(double.NegativeInfinity)));
        Raises("TypeError", "can't convert str to float", () => Ops.Round(S("1.5")));
        Assert.Equal("inf", Repr(Ops.Round(F(double.PositiveInfinity), I(2))));
    }

    [Theory]
    [InlineData(3.14159, 'f', 2, false, "3.14")]
    [InlineData(12345.678, 'e', -1, false, "1.234568e+04")]
    [InlineData(0.000123, 'e', 3, false, "1.230e-04")]
    [InlineData(3.14159, 'g', 3, false, "3.14")]
    [InlineData(1e-5, 'g', -1, false, "1e-05")]
    [InlineData(123456789.0, 'g', -1, false, "1.23457e+08")]
    [InlineData(1e-10, 'G', -1, false, "1E-10")]
    [InlineData(12345.0, 'e', 0, false, "1e+04")]
    [InlineData(3.0, 'f', 0, true, "3.")]
    [InlineData(1.0, 'g', -1, true, "1.00000")]
    [InlineData(0.25, '%', -1, false, "25.000000%")]
    [InlineData(0.1234, '%', 1, false, "12.3%")]
    [InlineData(1e300, 'E', -1, false, "1.000000E+300")]
    [InlineData(double.PositiveInfinity, 'f', -1, false, "inf")]
    [InlineData(double.NegativeInfinity, 'e', -1, false, "-inf")]
    [InlineData(double.NaN, 'F', -1, false, "NAN")]
    [InlineData(0.0, 'e', -1, false, "0.000000e+00")]
    [InlineData(0.0, 'g', -1, false, "0")]
    [InlineData(1.5, '\0', 3, false, "1.5")]
    [InlineData(1.0, '\0', 3, false, "1.0")]
    [InlineData(123.0, '\0', 2, false, "1.2e+02")]
    [InlineData(12.0, '\0', 2, false, "1.2e+01")]
    [InlineData(1e20, '\0', 3, false, "1e+20")]
    [InlineData(0.1, '\0', -1, false, "0.1")]
    [InlineData(1e16, '\0', -1, false, "1e+16")]
    [InlineData(1.4, 'f', 0, false, "1")]
    [InlineData(1.6, 'f', 0, false, "2")]
    [InlineData(1.0 / 3, 'g', 10, false, "0.3333333333")]
    [InlineData(100000.0, 'g', -1, false, "100000")]
    [InlineData(1000000.0, 'g', -1, false, "1e+06")]
    [InlineData(0.000012345, 'g', 2, false, "1.2e-05")]
    [InlineData(1.0, 'g', 3, true, "1.00")]
    [InlineData(123.0, 'g', 0, false, "1e+02")]
    [InlineData(5.0, 'e', 0, true, "5.e+00")]
    [InlineData(-0.0, 'f', -1, false, "-0.000000")]
    [InlineData(-0.0001, 'f', 3, false, "-0.000")]
    [InlineData(1e-300, 'e', -1, false, "1.000000e-300")]
    [InlineData(1.5e100, 'e', -1, false, "1.500000e+100")]
    [InlineData(0.1, 'g', 15, false, "0.1")]
    [InlineData(-2.5, 'g', -1, false, "-2.5")]
    [InlineData(9.999, 'e', 2, false, "1.00e+01")]
    [InlineData(9.96, 'f', 1, false, "10.0")]
    [InlineData(123456789.123, 'f', -1, false, "123456789.123000")]
    [InlineData(0.0001234, '\0', 5, false, "0.0001234")]
    [InlineData(0.00001234, '\0', 5, false, "1.234e-05")]
    public void FormatMatchesCPythonAwayFromTies(double value, char type, int precision, bool alternate, string expected)
    {
        Assert.Equal(expected, FloatObject.FormatFloat(value, type, precision, alternate));
    }

    [Theory]
    [InlineData(0.25, 'f', 1, "0.2")]
    [InlineData(2.5, 'f', 0, "2")]
    [InlineData(0.5, 'f', 0, "0")]
    [InlineData(0.1, 'g', 17, "0.10000000000000001")]
    [InlineData(0.1, 'f', 20, "0.10000000000000000555")]
    [InlineData(1.0 / 3, 'e', 20, "3.33333333333333314830e-01")]
    [InlineData(1e26, 'f', -1, "100000000000000004764729344.000000")]
    [InlineData(2.675, 'f', 2, "2.67")]
    public void FormatIsExactWithTiesToEvenAsCPython(double value, char type, int precision, string expected)
    {
        Assert.Equal(expected, FloatObject.FormatFloat(value, type, precision));
    }

    [Fact]
    public void FloatHasCPythonMethodsAndRealImag()
    {
        // MicroPython's float has no methods; CPython's is_integer/as_integer_ratio are welcome additions.
        Assert.Equal("False", Repr(Ops.CallMethod(F(1.5), StrObject.Intern("is_integer"), ReadOnlySpan<PyObject>.Empty)));
        Assert.Equal("(3, 2)", Repr(Ops.CallMethod(F(1.5), StrObject.Intern("as_integer_ratio"), ReadOnlySpan<PyObject>.Empty)));
        Assert.True(Ops.TryLoadAttr(F(1.5), StrObject.Intern("imag"), out var imag));
        Assert.Equal("0.0", Repr(imag));
        Assert.False(Ops.TryLoadAttr(F(1.5), StrObject.Intern("foo"), out _));
    }
}
