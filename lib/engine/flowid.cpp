#include "engine/flowid.h"

#include <array>
#include <atomic>
#include <mutex>

namespace portolan::core {

namespace {

constexpr size_t kBlockIds = 4096;
constexpr size_t kMaxBlocks = 1 << 16; // 268 million flows; beyond, ids are built one by one

struct Block
{
    std::array<QString, kBlockIds> ids;
    char16_t text[kBlockIds * 10]; // "F" + up to 9 digits each
};

std::array<std::atomic<Block *>, kMaxBlocks> g_blocks{};
std::mutex g_grow;

Block *makeBlock(size_t b)
{
    auto *block = new Block; // never freed: the ids may be anywhere
    char16_t *w = block->text;
    for (size_t i = 0; i < kBlockIds; ++i) {
        char16_t digits[24];
        char16_t *end = digits + 24, *d = end;
        for (size_t n = b * kBlockIds + i + 1; n; n /= 10)
            *--d = char16_t(u'0' + n % 10);
        *--d = u'F';
        const auto length = qsizetype(end - d);
        std::copy(d, end, w);
        block->ids[i] = QString::fromRawData(reinterpret_cast<const QChar *>(w), length);
        w += length;
    }
    return block;
}

} // namespace

QString flowId(size_t position)
{
    const size_t b = position / kBlockIds;
    if (b >= kMaxBlocks)
        return QLatin1Char('F') + QString::number(quint64(position) + 1);
    Block *block = g_blocks[b].load(std::memory_order_acquire);
    if (!block) {
        const std::lock_guard<std::mutex> lock(g_grow);
        block = g_blocks[b].load(std::memory_order_relaxed);
        if (!block) {
            block = makeBlock(b);
            g_blocks[b].store(block, std::memory_order_release);
        }
    }
    return block->ids[position % kBlockIds];
}

} // namespace portolan::core
