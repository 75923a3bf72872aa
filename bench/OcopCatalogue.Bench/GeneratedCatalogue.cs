using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Core.Text;
using OcopCatalogue.Core.Traceability;

namespace OcopCatalogue.Bench;

/// <summary>
/// Deterministic generated catalogue with realistic Vietnamese product names by OCOP group, for benchmarks only:
/// nothing here is real content and none of it is ever written to uSync/.
/// </summary>
internal sealed class GeneratedCatalogue(int seed)
{
    private static readonly Dictionary<OcopGroup, (string[] Kinds, string[] Things)> Names = new()
    {
        [OcopGroup.Food] = (
            ["Mứt", "Bánh", "Khô", "Chả", "Giò", "Nem", "Lạp xưởng", "Mắm", "Nước mắm", "Tương", "Sa tế", "Gạo", "Mật ong", "Bánh tráng", "Bánh phồng", "Kẹo", "Bột", "Hạt"],
            ["dâu tằm", "xoài", "sầu riêng", "thốt nốt", "tôm", "cá lóc", "chuối", "mít", "dừa", "gừng", "nghệ", "tỏi", "ớt", "mè đen", "đậu phộng", "sen", "bí đỏ", "khoai lang", "bưởi", "mãng cầu", "chanh dây", "sả", "me", "tắc", "điều", "heo", "cá linh", "nếp"]),
        [OcopGroup.Drinks] = (
            ["Trà", "Rượu", "Nước cốt", "Siro", "Cà phê", "Nước ép", "Trà túi lọc", "Nước uống"],
            ["xạ đen", "hoa đậu biếc", "atiso đỏ", "dâu tằm", "thốt nốt", "sen", "gừng", "nếp than", "khổ qua rừng", "mãng cầu", "chanh dây", "bưởi", "lá dứa", "gạo lứt"]),
        [OcopGroup.Herbal] = (
            ["Cao", "Tinh dầu", "Trà thảo mộc", "Viên", "Bột", "Nấm", "Dầu"],
            ["đông trùng hạ thảo", "linh chi", "nghệ đen", "sả chanh", "tràm", "ngải cứu", "diệp hạ châu", "cà gai leo", "trinh nữ hoàng cung", "tía tô"]),
        [OcopGroup.Handicrafts] = (
            ["Giỏ", "Túi xách", "Tranh", "Chiếu", "Khăn", "Nón", "Bình gốm", "Hộp", "Thảm"],
            ["lục bình", "tre", "lá bồ đề", "cói", "mây", "lá buông", "tơ tằm", "thổ cẩm", "gỗ dừa", "gốm đỏ"]),
        [OcopGroup.OrnamentalPlantsAndAnimals] = (
            ["Mai vàng", "Lan", "Bonsai", "Cá cảnh", "Kiểng lá", "Sen đá"],
            ["Thất Sơn", "bảy cánh", "dáng trực", "koi", "lá màu", "mini"]),
        [OcopGroup.CommunityTourism] = (
            ["Điểm du lịch cộng đồng", "Homestay", "Làng nghề", "Vườn trái cây", "Tour sông nước"],
            ["cù lao", "rừng tràm", "làng Chăm", "núi Cấm", "kênh xáng", "làng bè"]),
    };

    private static readonly string[] Brands =
        ["Ba Tư", "Hoàng Duy", "Minh Khôi", "Thái Hòa", "Út Hiền", "Mười Tánh", "Bảy Núi", "Phú Quý", "Tâm Đức", "Hai Lúa", "Năm Lửa", "Kim Ngân", "Sáu Tâm", "Đồng Xanh", "Hương Quê"];

    private static readonly (string Commune, string District)[] Places =
    [
        ("Xã Mỹ Khánh", "Thành phố Long Xuyên"), ("Phường Mỹ Long", "Thành phố Long Xuyên"), ("Xã Mỹ Hòa Hưng", "Thành phố Long Xuyên"),
        ("Phường Núi Sam", "Thành phố Châu Đốc"), ("Xã An Hảo", "Thị xã Tịnh Biên"), ("Xã Kiến An", "Huyện Chợ Mới"),
        ("Xã Vọng Thê", "Huyện Thoại Sơn"), ("Xã Lương Phi", "Huyện Tri Tôn"), ("Xã Phú Hiệp", "Huyện Phú Tân"),
        ("Xã Đa Phước", "Huyện An Phú"), ("Xã Tân Hòa", "Huyện Lai Vung"), ("Xã Lương Tâm", "Huyện Long Mỹ"),
    ];

    private static readonly string[] ProducerPrefixes = ["Hộ kinh doanh", "Hợp tác xã", "Công ty TNHH", "Tổ hợp tác", "Cơ sở"];

    private readonly Random _random = new(seed);

    /// <summary>Every this many products one gets a batch, so scan pages and batch QR codes can be measured.</summary>
    public const int BatchEvery = 20;

    public List<TraceBatch> Batches { get; } = [];

    public (List<Producer> Producers, List<Product> Products) Generate(int productCount)
    {
        var producers = new List<Producer>();
        var products = new List<Product>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var producerCount = Math.Max(1, productCount / 4);
        for (var i = 0; i < producerCount; i++)
        {
            var place = Pick(Places);
            var name = $"{Pick(ProducerPrefixes)} {Pick(Brands)} {place.Commune.Split(' ', 2)[1]}";
            producers.Add(new Producer
            {
                Id = Guid.NewGuid(),
                Name = name,
                Slug = Unique(slugs, Slug.From(name)),
                Kind = (ProducerKind)_random.Next(1, 5),
                Address = new PostalAddress { CommuneOrWard = place.Commune, District = place.District, Province = "An Giang" },
                StoryHtml = $"<p>Sản phẩm của {name} được làm từ nguyên liệu địa phương.</p>",
                UpdatedAt = DateTimeOffset.UnixEpoch,
            });
        }

        for (var i = 0; i < productCount; i++)
        {
            var group = (OcopGroup)_random.Next(1, 7);
            var (kinds, things) = Names[group];
            var name = $"{Pick(kinds)} {Pick(things)} {Pick(Brands)}";
            var producer = producers[_random.Next(producers.Count)];
            var id = Guid.NewGuid();
            products.Add(new Product
            {
                Id = id,
                Name = name,
                Slug = Unique(slugs, Slug.From(name)),
                ProducerId = producer.Id,
                Group = group,
                ShortDescription = $"{name}, sản phẩm OCOP của {producer.Address.CommuneOrWard}.",
                Certificates = Certificates(id),
                // GS1 prefix 952 is reserved for examples: never the number of a real trade item.
                Gtin = ExampleGtin(i),
                UpdatedAt = DateTimeOffset.UnixEpoch,
            });
            if (i % BatchEvery == 0)
            {
                Batches.Add(new TraceBatch
                {
                    Id = Guid.NewGuid(),
                    ProductId = id,
                    LotCode = $"BENCH-{i:D5}",
                    IsSample = true,
                    QuantityProduced = 1_000_000,
                    QuantityUnit = "gói",
                    ProductionDate = new DateOnly(2025, 1, 1).AddDays(_random.Next(0, 300)),
                    Events = [new TraceEvent { Step = TraceStep.Packing, On = new DateOnly(2025, 1, 1) }],
                    UpdatedAt = DateTimeOffset.UnixEpoch,
                });
            }
        }

        return (producers, products);
    }

    private List<Certificate> Certificates(Guid productId)
    {
        var roll = _random.Next(10);
        if (roll == 0)
        {
            return [];
        }

        var score = Math.Round(50m + (decimal)(_random.NextDouble() * 50), 1);
        var certificate = new Certificate
        {
            Id = Guid.NewGuid(),
            ProductId = productId,
            Sequence = 1,
            Score = score,
            IsProposed = roll == 1,
            IsRevoked = roll == 2,
            DecisionDate = roll is 3 ? null : new DateOnly(2021, 1, 1).AddDays(_random.Next(0, 5 * 365)),
        };
        return [certificate];
    }

    private static string ExampleGtin(int n)
    {
        // From 500,000,000 on, clear of the small numbers the repository's sample products use.
        var data = "0952" + (500_000_000 + n).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return data + Gtin.CheckDigit(data);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Unique(HashSet<string> used, string slug)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
