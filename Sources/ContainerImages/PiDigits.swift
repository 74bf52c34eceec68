/// Digits of π, for the Kubernetes Job example `perl -Mbignum=bpi -wle 'print bpi(2000)'`.
///
/// Computed with the Rabinowitz–Wagon spigot, which needs only integer arithmetic.
enum PiDigits {
    /// π to `decimals` significant digits as perl's `bpi(N)` prints it (N digits in total).
    static func pi(decimals: Int) -> String {
        let count = max(1, decimals)
        let digits = spigot(count + 2)
        let all = digits.prefix(count)
        guard let first = all.first else { return "3" }
        return String(first) + "." + all.dropFirst().map(String.init).joined()
    }

    static func spigot(_ n: Int) -> [Int] {
        let length = n * 10 / 3 + 1
        var a = [Int](repeating: 2, count: length)
        var digits: [Int] = []
        var nines = 0
        var predigit = 0
        for _ in 0..<n {
            var q = 0
            for i in stride(from: length - 1, through: 0, by: -1) {
                let x = 10 * a[i] + q * (i + 1)
                a[i] = x % (2 * i + 1)
                q = x / (2 * i + 1)
            }
            a[0] = q % 10
            q /= 10
            if q == 9 {
                nines += 1
            } else if q == 10 {
                digits.append(predigit + 1)
                digits.append(contentsOf: [Int](repeating: 0, count: nines))
                predigit = 0
                nines = 0
            } else {
                digits.append(predigit)
                predigit = q
                if nines != 0 {
                    digits.append(contentsOf: [Int](repeating: 9, count: nines))
                    nines = 0
                }
            }
        }
        digits.append(predigit)
        // The first emitted digit is a leading 0 placeholder.
        return Array(digits.dropFirst())
    }
}
