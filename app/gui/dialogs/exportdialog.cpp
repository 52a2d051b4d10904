#include "exportdialog.h"

#include "beyond/snippets.h"
#include "render/imageexport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace portolan::gui {

using Kind = ExportSettings::Kind;

namespace {

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(4);
    for (QWidget *c : widgets)
        l->addWidget(c);
    return w;
}

} // namespace

ExportDialog::ExportDialog(const ExportSettings &settings, QWidget *parent,
                           std::function<QSize(const ExportSettings &)> pixelSize)
    : QDialog(parent)
    , m_base(settings)
    , m_pixelSize(std::move(pixelSize))
{
    setObjectName(QStringLiteral("ExportDialog"));
    const Kind kind = settings.kind;
    const bool diagram = kind == Kind::Svg || kind == Kind::Png;
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto *pathRow = new QWidget(this);
    auto *pl = new QHBoxLayout(pathRow);
    pl->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(pathRow);
    m_path->setMinimumWidth(380);
    m_browse = new QPushButton(pathRow);
    pl->addWidget(m_path, 1);
    pl->addWidget(m_browse);
    m_form->addRow(m_pathLabel = new QLabel(this), pathRow);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

    if (kind == Kind::Pdf) {
        m_paper = new QComboBox(this);
        m_paper->addItems({QStringLiteral("A4"), QString()});
        m_form->addRow(m_paperLabel = new QLabel(this), m_paper);
        m_orientation = new QComboBox(this);
        m_orientation->addItems({QString(), QString()});
        m_form->addRow(m_orientationLabel = new QLabel(this), m_orientation);
        m_fullRequest = new QRadioButton(this);
        m_crossingRequest = new QRadioButton(this);
        m_diagram = new QCheckBox(this);
        auto *group = new QButtonGroup(this);
        group->addButton(m_fullRequest);
        group->addButton(m_crossingRequest);
        m_form->addRow(m_contentLabel = new QLabel(this),
                       column(this, {m_fullRequest, m_crossingRequest, m_diagram}));
    }
    if (diagram) {
        m_wholeArea = new QRadioButton(this);
        m_visibleArea = new QRadioButton(this);
        auto *group = new QButtonGroup(this);
        group->addButton(m_wholeArea);
        group->addButton(m_visibleArea);
        m_form->addRow(m_areaLabel = new QLabel(this), column(this, {m_wholeArea, m_visibleArea}));
        connect(m_visibleArea, &QRadioButton::toggled, this, &ExportDialog::updateHints);
    }
    if (kind == Kind::Png) {
        m_width = new QSpinBox(this);
        m_width->setRange(16, render::ImageExport::kMaxPixels);
        m_width->setSingleStep(100);
        m_sizeHint = new QLabel(this);
        auto *row = new QWidget(this);
        auto *rl = new QHBoxLayout(row);
        rl->setContentsMargins(0, 0, 0, 0);
        rl->addWidget(m_width);
        rl->addWidget(m_sizeHint, 1);
        m_form->addRow(m_widthLabel = new QLabel(this), row);
        m_dpi = new QComboBox(this);
        for (int dpi : {96, 150, 300})
            m_dpi->addItem(QString::number(dpi), dpi);
        m_form->addRow(m_dpiLabel = new QLabel(this), m_dpi);
        connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateHints);
    }
    if (kind != Kind::Pdf && kind != Kind::Snippets) {
        m_crossingOnly = new QCheckBox(this);
        m_form->addRow(m_flowsLabel = new QLabel(this), m_crossingOnly);
        connect(m_crossingOnly, &QCheckBox::toggled, this, &ExportDialog::updateHints);
    }
    if (kind == Kind::Verify) {
        m_timeout = new QSpinBox(this);
        m_timeout->setRange(1, 60);
        m_form->addRow(m_timeoutLabel = new QLabel(this), m_timeout);
    }
    if (kind == Kind::Snippets) {
        // Device formats are product names: not translated.
        auto *box = new QWidget(this);
        auto *bl = new QVBoxLayout(box);
        bl->setContentsMargins(0, 0, 0, 0);
        for (const auto &[name, flag] : {std::pair {"nftables", int(beyond::Nftables)},
                                         std::pair {"iptables-restore (IPv4, IPv6)",
                                                    int(beyond::Iptables)},
                                         std::pair {"Cisco ASA", int(beyond::CiscoAsa)}}) {
            auto *check = new QCheckBox(QString::fromLatin1(name), box);
            bl->addWidget(check);
            m_formats.emplace_back(check, flag);
            connect(check, &QCheckBox::toggled, this, [this] {
                exportButton()->setEnabled(!m_path->text().trimmed().isEmpty()
                                           && this->settings().snippetFormats != 0);
            });
        }
        m_form->addRow(m_formatsLabel = new QLabel(this), box);
    }

    // Scripts and rule files are written in English (comments for the devices' admins).
    if (!ExportSettings::writesFolder(kind)) {
        // Language names are written in their own language, as in View → Language.
        m_lang = new QComboBox(this);
        m_lang->addItem(QStringLiteral("English"), int(core::Language::English));
        m_lang->addItem(QStringLiteral("\u4e2d\u6587"), int(core::Language::Chinese));
        m_lang->addItem(QString(), int(core::Language::Bilingual));
        m_form->addRow(m_langLabel = new QLabel(this), m_lang);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        exportButton()->setEnabled(!text.trimmed().isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setSettings(settings);
    retranslateUi();
}

QPushButton *ExportDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ExportDialog::setSettings(const ExportSettings &s)
{
    m_base = s;
    m_path->setText(QDir::toNativeSeparators(s.path));
    if (m_lang)
        m_lang->setCurrentIndex(std::max(0, m_lang->findData(int(s.lang))));
    if (m_paper) {
        m_paper->setCurrentIndex(s.paper == render::PaperSize::Letter ? 1 : 0);
        m_orientation->setCurrentIndex(s.landscape ? 0 : 1);
        (s.allFlowsAppendix ? m_fullRequest : m_crossingRequest)->setChecked(true);
        m_diagram->setChecked(s.diagram);
    }
    if (m_wholeArea)
        (s.visibleArea ? m_visibleArea : m_wholeArea)->setChecked(true);
    if (m_width) {
        m_width->setValue(s.pngWidth);
        m_dpi->setCurrentIndex(std::max(0, m_dpi->findData(s.pngDpi)));
    }
    if (m_crossingOnly)
        m_crossingOnly->setChecked(s.crossingOnly);
    if (m_timeout)
        m_timeout->setValue(s.verifyTimeout);
    for (const auto &[check, flag] : m_formats)
        check->setChecked(s.snippetFormats & flag);
    exportButton()->setEnabled(!s.path.trimmed().isEmpty());
    updateHints();
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s = m_base;
    s.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString ext = ExportSettings::extension(s.kind);
    const QFileInfo info(s.path);
    if (!s.path.isEmpty() && !ExportSettings::writesFolder(s.kind) && !info.isDir()
        && info.suffix().compare(ext, Qt::CaseInsensitive) != 0)
        s.path += QLatin1Char('.') + ext;
    if (m_lang)
        s.lang = core::Language(m_lang->currentData().toInt());
    if (m_paper) {
        s.paper = m_paper->currentIndex() == 1 ? render::PaperSize::Letter : render::PaperSize::A4;
        s.landscape = m_orientation->currentIndex() == 0;
        s.allFlowsAppendix = m_fullRequest->isChecked();
        s.diagram = m_diagram->isChecked();
    }
    if (m_visibleArea)
        s.visibleArea = m_visibleArea->isChecked();
    if (m_width) {
        s.pngWidth = m_width->value();
        s.pngDpi = m_dpi->currentData().toInt();
    }
    if (m_crossingOnly)
        s.crossingOnly = m_crossingOnly->isChecked();
    if (m_timeout)
        s.verifyTimeout = m_timeout->value();
    if (!m_formats.empty()) {
        s.snippetFormats = 0;
        for (const auto &[check, flag] : m_formats)
            s.snippetFormats |= check->isChecked() ? flag : 0;
    }
    return s;
}

void ExportDialog::browse()
{
    if (ExportSettings::writesFolder(m_base.kind)) {
        const QString dir = QFileDialog::getExistingDirectory(this, windowTitle(), settings().path);
        if (!dir.isEmpty())
            m_path->setText(QDir::toNativeSeparators(dir));
        return;
    }
    QString filter;
    switch (m_base.kind) {
    case Kind::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case Kind::Svg: filter = tr("SVG images (*.svg)"); break;
    case Kind::Png: filter = tr("PNG images (*.png)"); break;
    case Kind::Csv: filter = tr("CSV files (*.csv)"); break;
    case Kind::Xlsx: filter = tr("Excel workbooks (*.xlsx)"); break;
    case Kind::Verify:
    case Kind::Snippets: break;
    }
    const QString file = QFileDialog::getSaveFileName(this, windowTitle(), settings().path, filter);
    if (!file.isEmpty())
        m_path->setText(QDir::toNativeSeparators(file));
}

void ExportDialog::updateHints()
{
    if (!m_sizeHint)
        return;
    const QSize px = m_pixelSize ? m_pixelSize(settings()) : QSize();
    m_sizeHint->setText(px.isValid() ? tr("%1 \u00d7 %2 pixels").arg(px.width()).arg(px.height())
                                     : QString());
}

void ExportDialog::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(e);
}

void ExportDialog::retranslateUi()
{
    switch (m_base.kind) {
    case Kind::Pdf: setWindowTitle(tr("Export Firewall Request as PDF")); break;
    case Kind::Svg: setWindowTitle(tr("Export Diagram as SVG")); break;
    case Kind::Png: setWindowTitle(tr("Export Diagram as PNG")); break;
    case Kind::Csv: setWindowTitle(tr("Export Port Matrix as CSV")); break;
    case Kind::Xlsx: setWindowTitle(tr("Export Workbook (XLSX)")); break;
    case Kind::Verify: setWindowTitle(tr("Export Verification Scripts")); break;
    case Kind::Snippets: setWindowTitle(tr("Export Firewall Rule Snippets")); break;
    }
    m_pathLabel->setText(ExportSettings::writesFolder(m_base.kind) ? tr("F&older:")
                                                                   : tr("&File:"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setText(tr("&Browse..."));
    if (m_lang) {
        m_langLabel->setText(tr("&Language:"));
        m_langLabel->setBuddy(m_lang);
        m_lang->setItemText(2, tr("Both (%1 + %2)")
                                       .arg(QStringLiteral("English"),
                                            QStringLiteral("\u4e2d\u6587")));
    }
    if (m_paper) {
        m_paperLabel->setText(tr("&Paper:"));
        m_paperLabel->setBuddy(m_paper);
        m_paper->setItemText(1, tr("US Letter"));
        m_orientationLabel->setText(tr("&Orientation:"));
        m_orientationLabel->setBuddy(m_orientation);
        m_orientation->setItemText(0, tr("Landscape"));
        m_orientation->setItemText(1, tr("Portrait"));
        m_contentLabel->setText(tr("Contents:"));
        m_fullRequest->setText(
                tr("&Complete: the firewall sections and an appendix with all flows"));
        m_crossingRequest->setText(tr("Firewall c&rossings only (no appendix of all flows)"));
        m_diagram->setText(tr("Include the network &diagram"));
    }
    if (m_wholeArea) {
        m_areaLabel->setText(tr("Area:"));
        m_wholeArea->setText(tr("&Whole design"));
        m_visibleArea->setText(tr("&Visible area of the canvas"));
    }
    if (m_width) {
        m_widthLabel->setText(tr("&Width:"));
        m_widthLabel->setBuddy(m_width);
        m_width->setSuffix(tr(" px"));
        m_dpiLabel->setText(tr("&Resolution (dpi):"));
        m_dpiLabel->setBuddy(m_dpi);
    }
    if (m_crossingOnly) {
        m_flowsLabel->setText(tr("Flows:"));
        m_crossingOnly->setText(m_base.kind == Kind::Xlsx
                                        ? tr("&Only flows that cross a firewall on the sheet "
                                             "of all flows")
                                        : tr("&Only flows that cross a firewall"));
    }
    if (m_timeout) {
        m_timeoutLabel->setText(tr("&Timeout per check:"));
        m_timeoutLabel->setBuddy(m_timeout);
        m_timeout->setSuffix(tr(" s"));
    }
    if (m_formatsLabel)
        m_formatsLabel->setText(tr("Formats:"));
    exportButton()->setText(tr("&Export"));
    updateHints();
}

} // namespace portolan::gui
