package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecord;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.record.ReadResult;

/** Real abstracts (the seed's and fifteen from arXiv) with topics a reader would agree with. */
class TopicTaggerTest {
  private static final Map<String, PaperRecord> PAPERS = new HashMap<>();

  @BeforeAll
  static void readPapers() throws IOException {
    read(Inputs.open(TestTopics.SEEDS.resolve("papers.txt")), "papers.txt");
    try (InputStream in = TopicTaggerTest.class.getResourceAsStream("arxiv-15.txt")) {
      read(Inputs.reader(in), "arxiv-15.txt");
    }
    assertThat(PAPERS).hasSize(25);
  }

  private static void read(java.io.BufferedReader in, String name) {
    try (PaperRecordReader r = new PaperRecordReader(in, name)) {
      r.forEachRemaining(res -> PAPERS.put(((ReadResult.Accepted) res).record().arxivId(), ((ReadResult.Accepted) res).record()));
    }
  }

  /** Every label (preferred and alternative) of every topic a paper gets, lower case. */
  private static Set<String> topicNames(String arxivId) {
    PaperRecord p = PAPERS.get(arxivId);
    Set<String> names = new LinkedHashSet<>();
    for (TopicAssignment a : TestTopics.tagger().tag(p.title(), p.abstractText())) {
      names.add(a.concept().prefLabel().toLowerCase(Locale.ROOT));
      a.concept().altLabels().forEach(l -> names.add(l.toLowerCase(Locale.ROOT)));
    }
    return names;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The seed papers.
        "2211.08332 | diffusion models",
        "2211.05770 | image generation",
        "2211.02077 | contrastive learning",
        "2210.14793 | multitask learning; vision transformer",
        "2210.16987 | congestion control; deep reinforcement learning",
        "2210.08772 | convolutional neural networks; signal processing",
        "2210.08578 | multi-object tracking; object tracking",
        "2210.08388 | knowledge distillation; medical images",
        "2210.08122 | graph convolutional network",
        // Real arXiv papers of March 2025.
        "2503.11893 | underwater image",
        "2503.11919 | feature selection; support vector machine",
        "2503.11935 | facial expression recognition",
        "2503.11937 | diffusion models",
        "2503.11969 | point cloud",
        "2503.12001 | 3d reconstruction; multi-view stereo",
        "2503.12009 | point cloud; state space model",
        "2503.12047 | gait recognition",
        "2503.12067 | knowledge distillation; large language models",
        "2503.12087 | echocardiography",
        "2503.12102 | speech signals",
        "2503.12218 | medical image segmentation",
        "2503.12260 | emotion recognition",
        "2503.12281 | large language models",
        "2503.12284 | ray tracing",
      })
  void tagsWhatAReaderWouldAgreeWith(String arxivId, String expected) {
    assertThat(topicNames(arxivId)).contains(expected.split("\\s*;\\s*"));
  }

  @ParameterizedTest(name = "{0}: not {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // CSO files language models under speech recognition; these papers are about LLMs.
        "2503.12281 | speech recognition",
        "2503.12067 | speech recognition",
        // Building blocks and practices, not topics.
        "2210.08122 | skip connections",
        "2211.07379 | skip connections",
        // Defined acronym: CMA is cross-modality alignment here.
        "2211.02077 | constant modulus algorithms; cma",
      })
  void doesNotTagWhatAReaderWouldReject(String arxivId, String rejected) {
    assertThat(topicNames(arxivId)).doesNotContainAnyElementsOf(List.of(rejected.split("\\s*;\\s*")));
  }

  @Test
  void everyAssignmentHasAScoreAMethodAndALimit() {
    for (PaperRecord p : PAPERS.values()) {
      List<TopicAssignment> topics = TestTopics.tagger().tag(p.title(), p.abstractText());
      assertThat(topics).hasSizeLessThanOrEqualTo(TopicTagger.MAX_TOPICS);
      assertThat(topics).allSatisfy(a -> assertThat(a.score()).isBetween(Double.MIN_VALUE, 1.0));
      // Below the threshold only on a paper with few topics of its text: its one fallback topic,
      // which may score anything above zero, and subjects named once in other words.
      List<TopicAssignment> below = topics.stream().filter(a -> a.score() < TopicTagger.MIN_SCORE).toList();
      if (!below.isEmpty()) {
        assertThat(topics.stream().filter(a -> a.score() >= TopicTagger.MIN_SCORE && a.method() != TopicMethod.CSO_BROADER).count())
            .isLessThan(TopicTagger.FEW_TOPICS);
        assertThat(below).filteredOn(a -> a.score() < TopicTagger.MIN_SCORE * TopicTagger.OTHER_WORDS - 1e-9).hasSizeLessThanOrEqualTo(1);
      }
      assertThat(topics).extracting(TopicAssignment::slug).doesNotHaveDuplicates();
      // Best first.
      for (int i = 1; i < topics.size(); i++) {
        assertThat(topics.get(i).score()).isLessThanOrEqualTo(topics.get(i - 1).score());
      }
    }
  }

  @Test
  void aSynonymLandsOnItsPreferredTopicAndEnhancementNeedsTwoTopicsBelow() {
    List<TopicAssignment> topics = TestTopics.tagger().tag("Diffusion models for images", "We train diffusion models on images.");
    TopicAssignment matched = topics.stream().filter(a -> a.slug().equals("diffusion-probabilistic-models")).findFirst().orElseThrow();
    assertThat(matched.method()).isEqualTo(TopicMethod.CSO_SYNTACTIC);
    // One narrow topic says little about the area above it.
    assertThat(topics).noneMatch(a -> a.method() == TopicMethod.CSO_BROADER);
    // Two topics under "image segmentation" in CSO (image registration, CT images): it is added, below them.
    List<TopicAssignment> two =
        TestTopics.tagger().tag("Image registration of CT images", "We register CT images. Image registration of CT images is hard.");
    TopicAssignment broader = two.stream().filter(a -> a.method() == TopicMethod.CSO_BROADER).findFirst().orElseThrow();
    assertThat(broader.slug()).isEqualTo("image-segmentation");
    assertThat(broader.score()).isLessThan(two.get(0).score());
  }

  @Test
  void aTopicTooGenericToTellPapersApartIsNeitherAddedAboveNorTakenFromOneMention() {
    // "large language models" is below "natural language processing", "generative AI", ...: none of them comes along.
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "Large language models (LLMs) answer questions. We prompt LLMs with chain-of-thought. LLMs use machine learning.");
    assertThat(topics).extracting(TopicAssignment::slug).contains("large-language-models", "chain-of-thought").doesNotContain("machine-learning", "natural-language-processing", "generative-ai");
  }

  @Test
  void aTopicTooGenericToTellPapersApartNeedsTheTitle() {
    // Named in the lead and again through its acronym it scores above the floor, but only the
    // title makes deep learning what a paper is about rather than what it uses.
    String text = "Deep learning (DL) has transformed plant disease detection. We train DL models for plant disease detection. DL detectors run on phones.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).contains("plant-disease-detection").doesNotContain("deep-learning");
    assertThat(TestTopics.tagger().tag("A survey of deep learning", text)).extracting(TopicAssignment::slug).contains("deep-learning");
  }

  @Test
  void wordsOfLearnedModelsAreReadInTheirSense() {
    // In a paper about LLMs, "inference" runs the model and the "cache" holds keys and values.
    List<TopicAssignment> llm =
        TestTopics.tagger().tag("Faster inference with a smaller cache", "Large language models (LLMs) are slow at inference. We compress the cache of LLMs. Inference with the compressed cache is faster.");
    assertThat(llm).extracting(TopicAssignment::slug).contains("large-language-models").doesNotContain("inference", "cache");
    // In a paper about processors, the cache is the memory cache.
    List<TopicAssignment> hardware =
        TestTopics.tagger().tag("A cache for multicore processors", "We design a cache for multicore processors. The cache lowers memory latency. Our cache replacement keeps hot lines.");
    assertThat(hardware).extracting(TopicAssignment::slug).contains("cache");
  }

  @Test
  void inPapersOnLearnedModelsDemonstrationsFramesAndLinearComplexityKeepTheirSense() {
    List<TopicAssignment> icl =
        TestTopics.tagger().tag(null, "In-context learning with large language models (LLMs) depends on the demonstrations. We select demonstrations by similarity. Better demonstrations help.");
    assertThat(icl).extracting(TopicAssignment::slug).contains("in-context-learning").doesNotContain("demonstrations");
    List<TopicAssignment> video =
        TestTopics.tagger().tag(null, "Video generation with diffusion models produces frames of linear complexity in length. We keep distant frames consistent. Our frames stay sharp.");
    assertThat(video).extracting(TopicAssignment::slug).contains("video-generation").doesNotContain("frames", "linear-complexity");
    List<TopicAssignment> reasoning =
        TestTopics.tagger().tag(null, "Large language models spend a token budget on long chains of thought. We allocate the budget by difficulty. A smaller budget keeps accuracy.");
    assertThat(reasoning).extracting(TopicAssignment::slug).contains("large-language-models").doesNotContain("budgets");
    List<TopicAssignment> interleaved =
        TestTopics.tagger().tag(null, "Multimodal large language models are pre-trained on interleaved image-text data. We interleave images with text. Interleaved outputs stay coherent.");
    assertThat(interleaved).extracting(TopicAssignment::slug).contains("multimodal-large-language-models").doesNotContain("interleavings");
  }

  @Test
  void multiHopIsReasoningInPapersOnLanguageModelsAndNetworksInPapersOnNetworks() {
    assertThat(slugs("Large language models struggle with multi-hop questions. We retrieve evidence for multi-hop questions step by step. "
            + "Our retriever answers multi-hop questions."))
        .contains("multi-hop-reasoning")
        .doesNotContain("multihop");
    // Nor is "multi-hop" alone CSO's multihop networks there.
    assertThat(slugs("Large language model agents fail on multi-hop tool calls. We plan multi-hop tool use ahead. Our agent chains multi-hop calls."))
        .contains("llm-agents")
        .doesNotContain("multihop");
    // Neural networks are no communication networks.
    assertThat(slugs("We train graph neural networks over multi-hop paths of a knowledge graph. Multi-hop paths carry evidence. "
            + "Our graph neural networks weigh multi-hop paths."))
        .contains("graph-neural-networks")
        .doesNotContain("multihop");
    // A paper on learned routing in sensor networks keeps CSO's sense.
    assertThat(slugs("We train a neural network to route packets over multi-hop paths in wireless sensor networks. "
            + "Multi-hop forwarding drains batteries. Our routing balances multi-hop traffic."))
        .contains("multihop")
        .doesNotContain("multi-hop-reasoning");
  }

  @Test
  void participatoryDesignIsNotHardwareCoDesign() {
    assertThat(slugs("We present a hardware-algorithm co-design for sparse neural rendering. The co-design cuts memory traffic. "
            + "Our accelerator with this co-design runs in real time."))
        .doesNotContain("participatory-design");
    assertThat(slugs("We run participatory design workshops with older adults. Participatory design shaped the interface."))
        .contains("participatory-design");
  }

  @Test
  void howAMethodModelsSomethingIsNoTopic() {
    // A Gaussian distribution a method samples from, a continuous-time model, the image-caption
    // pairs a model is trained on: the method's means, not its subject.
    assertThat(slugs("We represent objects as 3D Gaussian distributions and sample from a Gaussian distribution. "
            + "The Gaussian distribution of each object is learned."))
        .doesNotContain("gaussian-distribution");
    assertThat(slugs("Continuous-time consistency models promise few-step generation. We stabilise continuous-time training. "
            + "Our continuous-time objective scales."))
        .doesNotContain("continuous-time")
        .contains("consistency-models", "diffusion-acceleration");
    assertThat(slugs("Vision-language models are trained on web image-caption pairs. Noisy image-caption pairs hurt CLIP. "
            + "We filter image-caption pairs."))
        .doesNotContain("image-captioning");
  }

  @Test
  void drawingOnAFieldIsTheVerb() {
    assertThat(slugs("Drawing on legal theory, we identify gaps in rule application. Drawing inspiration from courts, we constrain rules."))
        .doesNotContain("drawing-%28graphics%29");
    assertThat(slugs("We generate vector drawings from text. Our drawings keep stroke order."))
        .contains("drawing-%28graphics%29");
  }

  @Test
  void subjectsThatRecurAmongTheUnnamedMainSubjectsHaveConcepts() {
    assertThat(slugs("We meta-evaluate machine translation metrics against MQM annotations. MT evaluation needs reliable human baselines."))
        .contains("machine-translation-evaluation");
    assertThat(slugs("Idioms challenge machine translation. We translate idioms with large language models and study idiomatic expressions."))
        .contains("figurative-language");
    assertThat(slugs("Role-playing agents built on LLMs lose persona consistency. We train role-playing agents to keep their character."))
        .contains("role-playing-agents");
    assertThat(slugs("The Learning With Disagreements shared task asks models to predict annotator disagreement. We model human label variation."))
        .contains("annotator-disagreement");
    assertThat(slugs("Large language models suffer from language confusion, answering in an unintended language. We reduce language confusion at decoding."))
        .contains("language-confusion");
  }

  @Test
  void subjectsThatRecurOnASecondReadingOfTheUnnamedMainSubjectsHaveConcepts() {
    assertThat(slugs("Large language model (LLM) routing selects the most suitable model for each query. We train an LLM router on preferences."))
        .contains("llm-routing");
    assertThat(slugs("Predicting turn-taking is essential for spoken dialogue systems. We predict turn-taking and backchannels from audio."))
        .contains("turn-taking");
    assertThat(slugs("Automated speaking assessment of second language (L2) learners is costly. We grade L2 speech on the CEFR scale."))
        .contains("second-language-learning");
    assertThat(slugs("Item response theory (IRT) models estimate item difficulty from responses. We fit IRT to benchmark items."))
        .contains("item-response-theory");
    assertThat(slugs("Lensless imaging replaces lenses with a coded mask. We reconstruct images for computational imaging with a learned prior."))
        .contains("computational-imaging");
  }

  @Test
  void establishedSubjectsThatCsoLacksHaveConcepts() {
    assertThat(slugs("Quantum computing promises speedups for chemistry. We compile quantum circuits for noisy quantum computers."))
        .contains("quantum-computing");
    assertThat(slugs("We decode imagined speech from EEG. Our model reads the EEG of twelve participants."))
        .contains("electroencephalography");
    assertThat(slugs("We decode perceived speech from fMRI data. Our encoder maps fMRI responses to words."))
        .contains("functional-magnetic-resonance-imaging");
    assertThat(slugs("Large language models are entering finance. We benchmark them on questions from the financial domain."))
        .contains("finance");
    assertThat(slugs("Crop disease threatens agriculture. We detect leaf diseases to support agricultural decisions."))
        .contains("agriculture");
    assertThat(slugs("Radiology reports summarise imaging findings. We evaluate models on radiology questions."))
        .contains("radiology");
    assertThat(slugs("Wearables record the ECG. We classify arrhythmias in ECG signals and denoise electrocardiograms."))
        .contains("electrocardiography");
    assertThat(slugs("Smartwatches carry PPG sensors. We authenticate users from PPG signals and photoplethysmograms."))
        .contains("photoplethysmography");
    assertThat(slugs("Radiomic features describe tumours. We learn radiomic features from CT and compare radiomics pipelines."))
        .contains("radiomics");
    assertThat(slugs("Contrastive retrievers need hard negatives. We mine hard negatives and synthesise hard negative samples."))
        .contains("hard-negative-mining");
    assertThat(slugs("Retinal images reveal disease. We grade retinal images for diabetic eye screening."))
        .contains("ophthalmic-imaging");
    assertThat(slugs("Radiotherapy planning is slow. We predict dose maps for radiation therapy of head and neck cancer."))
        .contains("radiotherapy");
    assertThat(slugs("Fake news spreads fast on social platforms. We trace how fake news reaches young users."))
        .contains("misinformation-detection");
    assertThat(slugs("Scene graphs describe objects and their relations. We build 3D scene graphs of homes for robots."))
        .contains("scene-graphs");
    // From the seventh reading of the unnamed main subjects.
    assertThat(slugs("We propose a tokenizer for autoregressive image generation. Our autoregressive visual generation model predicts tokens in raster order."))
        .contains("autoregressive-image-generation");
    assertThat(slugs("Large language models are explored as AI therapists. We evaluate LLMs in psychological counseling sessions with clients."))
        .contains("psychological-counseling");
    assertThat(slugs("Recycling depends on waste sorting. We detect and classify waste in images from a sorting plant."))
        .contains("waste-classification");
    assertThat(slugs("We propose a diffusion model for LiDAR scene generation. Our LiDAR point cloud generation supports autonomous driving simulation."))
        .contains("lidar-data-generation");
    // From the eighth reading.
    assertThat(slugs("Connected vehicles share sensor data over V2X links. We fuse features from vehicle-to-everything communication for cooperative driving."))
        .contains("v2x-cooperative-driving");
    assertThat(slugs("Methane is a potent greenhouse gas. We detect methane plumes in hyperspectral satellite images for emission quantification."))
        .contains("greenhouse-gas-emission-monitoring");
    // "Methane" alone is the gas, in chemistry as much as in emission monitoring.
    assertThat(slugs("Methane adsorption in zeolites depends on pore size. We compute methane uptake of porous frameworks at high pressure."))
        .doesNotContain("greenhouse-gas-emission-monitoring");
    assertThat(slugs("Opioid use disorder carries stigma. We study how people with opioid use disorder discuss treatment online."))
        .contains("substance-use-disorders");
    assertThat(slugs("Surveys are costly. We ask whether LLM-generated synthetic respondents reproduce human answers, as silicon samples of a population."))
        .contains("llm-human-behavior-simulation");
    // From the ninth reading.
    assertThat(slugs("We propose a diffusion model for 3D scene generation. It builds explorable indoor scenes from a single image, and outdoor scene generation follows."))
        .contains("3d-scene-generation");
    assertThat(slugs("Model fingerprints protect model intellectual property. We propose an ownership verification scheme for open-weight LLMs."))
        .contains("model-ip-protection");
    // From the tenth reading: a subject one reader named, with labels in six abstracts of the file or more.
    assertThat(slugs("Drones threaten airports. We detect drones in infrared video: our drone detection model leads a UAV detection benchmark."))
        .contains("drone-detection");
    assertThat(slugs("We study virtual staining of tissue. Our diffusion model performs virtual staining of unstained slides."))
        .contains("virtual-staining");
    assertThat(slugs("We propose a benchmark for medical reasoning. Models answer clinical questions that need clinical reasoning over several findings."))
        .contains("medical-reasoning");
    assertThat(slugs("Late-interaction models such as ColBERT store many vectors per document. We prune tokens for multi-vector retrieval at no loss."))
        .contains("multi-vector-retrieval");
    assertThat(slugs("We train a joint-embedding predictive architecture on video. Our JEPA predicts masked regions in representation space."))
        .contains("joint-embedding-predictive-architecture");
    assertThat(slugs("Sarcasm hides in image-text pairs. We propose a model for multimodal sarcasm detection on social media posts."))
        .contains("multimodal-sarcasm-detection");
    // From the eleventh reading, of samples 70 to 72.
    assertThat(slugs("Chain-of-thought spends many tokens. We propose continuous CoT: our model reasons in latent space with continuous thought vectors."))
        .contains("latent-space-reasoning");
    assertThat(slugs("Multimodal models fit the dominant modality. We study modality imbalance and propose a method for balanced multimodal learning."))
        .contains("modality-imbalance");
    assertThat(slugs("Humans cannot check superhuman answers. We study AI debate as a protocol for scalable oversight of language models."))
        .contains("scalable-oversight");
    // Labels in other words: the words papers write for a concept of Papergraph's vocabulary.
    assertThat(slugs("We propose a sparse transformer for 3D detection from LiDAR. Our 3D detection head runs in real time."))
        .contains("3d-object-detection");
    assertThat(slugs("Data pruning selects informative training subsets. We propose a data pruning method for image classification."))
        .contains("data-selection");
    assertThat(slugs("Talking head videos are easy to fake. We animate a talking head from audio with accurate lips."))
        .contains("facial-animation");
    assertThat(slugs("Fisheye cameras see wide but bend lines. We estimate depth from fisheye images of parking lots."))
        .contains("fisheye-cameras");
    assertThat(slugs("Can language models propose research ideas? We run a study of research ideation with expert reviewers."))
        .contains("research-ideation");
    assertThat(slugs("Suicide risk assessment from posts is hard. We detect suicidal ideation in Reddit posts with a classifier."))
        .contains("suicide-risk-detection");
    assertThat(slugs("Visually rich documents mix text, tables and layout. We pretrain a model for visual document understanding of invoices."))
        .contains("visually-rich-documents");
    assertThat(slugs("Deep research agents search the web and write reports. We train a deep research agent with reinforcement learning."))
        .contains("deep-research-agents");
    assertThat(slugs("Sparse rewards make exploration hard. We propose an intrinsic reward from curiosity-driven exploration for agents."))
        .contains("intrinsic-motivation");
    assertThat(slugs("Unlabeled images are cheap. A teacher generates pseudo-labels on them and a student trains on the pseudo-labels."))
        .contains("pseudo-labeling");
    assertThat(slugs("Large models are costly to deploy. We propose low-bit quantization of weights and activations, and network quantization beats pruning."))
        .contains("neural-network-quantization");
    assertThat(slugs("Omnidirectional images cover the whole sphere. We estimate depth from omnidirectional images with equirectangular convolutions."))
        .contains("panoramic-images");
    assertThat(slugs("Remote sensing foundation models are pretrained on satellite images. We benchmark geospatial foundation models on crop mapping."))
        .contains("geospatial-foundation-models");
    assertThat(slugs("Factors of variation should be separable. We propose disentangled representation learning with a sparse VAE."))
        .contains("disentangled-representation-learning");
    assertThat(slugs("Weeds cut crop yields. We propose weed detection from drone images of maize fields."))
        .contains("weed-detection");
    assertThat(slugs("Large reasoning models overthink simple questions. We cut redundant reasoning with a length penalty, and concise reasoning keeps accuracy."))
        .contains("efficient-reasoning");
    assertThat(slugs("Learned codecs shrink LiDAR scans. We propose point cloud geometry coding with a density-aware entropy model."))
        .contains("point-cloud-compression");
    assertThat(slugs("Drafting patent claims takes experts weeks. We evaluate patent claim generation by language models on European patents."))
        .contains("patents");
    assertThat(slugs("Tractography maps white matter. We predict structural connectomes from tractograms with a graph network."))
        .contains("brain-network-analysis");
    assertThat(slugs("Telepresence needs faces that move. We reconstruct animatable 3D head avatars from monocular video with Gaussian blendshapes."))
        .contains("head-avatars");
    assertThat(slugs("Depth sensors fail at test time. We propose cross-modal knowledge distillation from an RGB-D teacher to an RGB student."))
        .contains("cross-modal-knowledge-distillation", "knowledge-distillation");
    assertThat(slugs("Gender bias persists in translation systems. We measure gender bias in machine translation with minimal pairs."))
        .contains("gender-bias");
    assertThat(slugs("Movie dubbing must match lips and prosody. We propose a video dubbing model that aligns speech with the clip."))
        .contains("video-dubbing");
    assertThat(slugs("Language models attend heavily to the first token. We explain attention sinks and remove the attention sink by a gate."))
        .contains("attention-sinks");
    assertThat(slugs("Language models agree with users who are wrong. We measure sycophancy and reduce sycophantic behavior with synthetic data."))
        .contains("sycophancy");
    assertThat(slugs("Vision transformers process many redundant tokens. We propose adaptive token merging, and token merging keeps accuracy."))
        .contains("token-merging");
    assertThat(slugs("Uniform bit widths waste memory. We search a mixed-precision quantization policy that assigns each layer its bit width."))
        .contains("mixed-precision-quantization");
    assertThat(slugs("Safety tuning makes language models decline benign requests. We reduce over-refusal and study refusal behavior across prompts."))
        .contains("llm-refusal");
    assertThat(slugs("Creativity is hard to measure in language models. We evaluate the creativity of LLMs with divergent thinking tasks and rate their creativity."))
        .contains("computational-creativity");
    assertThat(slugs("Peripheral vision sees less detail. We reduce the frame rate in the periphery with foveated rendering, and foveated rendering saves time."))
        .contains("foveated-rendering");
    assertThat(slugs("Arabic has many dialects. We build Arabic language models for dialectal Arabic and evaluate them on Arabic text classification."))
        .contains("arabic-nlp");
    assertThat(slugs("Industrial inspection lacks defect samples. We propose anomaly synthesis with diffusion: anomaly synthesis creates realistic defects."))
        .contains("anomaly-synthesis");
    assertThat(slugs("Graph nodes often carry text. We learn on text-attributed graphs with a language model encoder for each node."))
        .contains("text-attributed-graphs");
    assertThat(slugs("Trees embed poorly in Euclidean space. We learn hyperbolic embeddings of hierarchies with hyperbolic neural networks."))
        .contains("hyperbolic-representation-learning");
    // A second reading of labels in other words (samples 60 to 66).
    assertThat(slugs("Hyperbolic space embeds hierarchies with low distortion. We learn image and text embeddings in hyperbolic space."))
        .contains("hyperbolic-representation-learning");
    assertThat(slugs("KV caches grow with context. We propose a token eviction policy that keeps the tokens attention needs."))
        .contains("kv-cache-compression");
    assertThat(slugs("Low-light images lose detail and color. We brighten low-light images with a curve-estimation network."))
        .contains("low-light-image-enhancement");
    // "Hyperbolic space" alone is geometry, not a kind of representation learning.
    assertThat(slugs("We study harmonic maps into hyperbolic spaces. Hyperbolic space has negative curvature, and hyperbolic geometry bounds the energy."))
        .doesNotContain("hyperbolic-representation-learning");
  }

  @Test
  void aNameIsAsSpecificAsItsLongForm() {
    // "Mamba" is one architecture: named once in the body it is a topic, as "selective state
    // space models" would be, where a one-word label of common words is not.
    assertThat(slugs("We restore images degraded by rain. The restoration network is trained on synthetic pairs. Its decoder is built on Mamba."))
        .contains("mamba");
    assertThat(slugs("We restore images degraded by rain. The restoration network is trained on synthetic pairs. Its decoder is built on mamba."))
        .doesNotContain("mamba");
    // And a model named after it is one of its kind, at the start or the end of the name.
    for (String name : List.of("PointMamba", "MambaIR", "Mamba2", "Q-MambaIR")) {
      assertThat(slugs("We restore images degraded by rain. The restoration network is trained on synthetic pairs. Its decoder is " + name + "."))
          .as(name)
          .contains("mamba");
    }
    // Not a name that merely holds its letters in lower case.
    assertThat(slugs("We restore images degraded by rain. The restoration network is trained on synthetic pairs. Its decoder is Mambalike."))
        .doesNotContain("mamba");
  }

  @Test
  void fieldsAndDomainsAPaperIsAboutHaveConcepts() {
    assertThat(slugs("We generate symbolic music from text. Our model edits drum grooves of music on instruction."))
        .contains("music");
    assertThat(slugs("Patients ask chatbots about healthcare. We characterise healthcare information seeking in 11K conversations."))
        .contains("healthcare");
    assertThat(slugs("Floods and wildfires threaten cities. We map flood extents from satellite images for disaster management."))
        .contains("natural-disasters");
    assertThat(slugs("Protein sequences fold into protein structures. We generate protein sequences with a diffusion model."))
        .contains("proteins");
    assertThat(slugs("Molecular generation searches chemical space. We propose a graph model for molecule generation."))
        .contains("molecules");
    assertThat(slugs("Psychological theories explain trust. We test psychological models of how people come to trust robots."))
        .contains("psychology");
    // Counselling is a subject of its own, more specific than the field.
    assertThat(slugs("Psychological support is scarce. We build a dataset of psychological counselling dialogues."))
        .contains("psychological-counseling");
    assertThat(slugs("Political discourse moves online. We detect stance in political press releases before elections."))
        .contains("politics");
    assertThat(slugs("Biodiversity loss threatens ecosystems. We map biodiversity and forecast biodiversity change."))
        .contains("ecology");
    assertThat(slugs("Camera traps record wildlife. We detect wildlife at night and count wildlife by species."))
        .contains("wildlife");
    assertThat(slugs("Marine debris harms the ocean. We count marine litter in drone imagery."))
        .contains("marine-science");
    assertThat(slugs("Sports broadcasts carry logos. We detect logos in sports footage of football and sports events."))
        .contains("sports");
    assertThat(slugs("Aircraft maintenance is costly. We inspect aircraft engines and predict aircraft faults."))
        .contains("aviation");
    assertThat(slugs("Children learn language early. We analyse language samples of children to diagnose disorders."))
        .contains("children");
    assertThat(slugs("Accessibility matters for blind and low-vision users. We mask private objects for them."))
        .contains("accessibility");
    // "Galaxy" names software as often as the sky: astronomy is named by its own words.
    assertThat(slugs("Galaxy is a platform for agents. We extend Galaxy with new galaxies of tools."))
        .doesNotContain("astronomy");
  }

  @Test
  void subjectsThatRecurOnAThirdReadingOfTheUnnamedMainSubjectsHaveConcepts() {
    assertThat(slugs("This paper describes our system for SemEval-2025 Task 11 on emotion detection. Our submission to the shared task ranks third."))
        .contains("shared-tasks-and-challenges");
    assertThat(slugs("RWKV is a recurrent alternative to attention. We tune the state of RWKV language models for new tasks."))
        .contains("linear-recurrent-models");
    assertThat(slugs("Concept activation vectors (CAVs) explain models in human-understandable concepts. We compute concept-based explanations faster."))
        .contains("concept-based-explanations");
    assertThat(slugs("Demonstration selection decides how well in-context learning works. We propose a demonstration selection strategy for translation."))
        .contains("demonstration-selection");
    assertThat(slugs("Text-to-CAD turns a description into a parametric CAD model. We generate CadQuery code with a language model."))
        .contains("cad-generation");
  }

  @Test
  void subjectsThatRecurOnAFourthReadingOfTheUnnamedMainSubjectsHaveConcepts() {
    assertThat(slugs("Egocentric videos show the world from the wearer's view. We answer questions about long egocentric videos."))
        .contains("egocentric-vision");
    assertThat(slugs("Sparse-view CT lowers the radiation dose. We propose a diffusion model for sparse-view CT reconstruction."))
        .contains("sparse-view-reconstruction", "pwc-task-ct-reconstruction");
    assertThat(slugs("We study media bias in news coverage. Our classifier detects news framing across outlets."))
        .contains("media-bias");
    assertThat(slugs("Driving scene generation supplies data for planners. We propose a diffusion model for multi-view driving scene generation."))
        .contains("driving-scene-generation");
    assertThat(slugs("Microscopy images of cells are hard to segment. We propose a foundation model for microscopy image analysis."))
        .contains("microscopy-image-analysis");
  }

  @Test
  void subjectsThatRecurOnAFifthReadingOfTheUnnamedMainSubjectsHaveConcepts() {
    assertThat(slugs("Language models confuse the order of events. We propose a benchmark for temporal reasoning over timelines."))
        .contains("temporal-reasoning")
        .as("the words of temporal reasoning are not also bare reasoning")
        .doesNotContain("reasoning");
    assertThat(slugs("African languages are underserved by speech technology. We collect speech for 40 African languages."))
        .contains("african-languages");
    assertThat(slugs("Physics reasoning is hard for language models. We evaluate LLMs on physics problem solving with a new benchmark."))
        .contains("physics-reasoning");
    assertThat(slugs("Multi-winner voting rules satisfy different axioms. We measure how often committees violate them in social choice data."))
        .contains("social-choice");
    assertThat(slugs("Neural fields struggle with unbounded outdoor scenes. We propose Gaussian splatting for large-scale scene reconstruction."))
        .contains("large-scale-scene-reconstruction");
    // Read over the file and left out: public health as a motivation is no subject.
    assertThat(slugs("Air quality prediction plays a crucial role in public health. We propose a graph network for air quality prediction."))
        .doesNotContain("public-health");
  }

  @Test
  void histopathologyImagesAreComputationalPathology() {
    assertThat(slugs("Mitosis detection in histopathology images is key to tumour grading. We detect mitotic figures in histopathological images."))
        .contains("computational-pathology");
    assertThat(slugs("We detect clinically significant prostate cancer in biparametric prostate MRI. Prostate cancer lesions are small."))
        .contains("prostate-cancer");
    assertThat(slugs("Open-vocabulary 3D scene understanding lets robots query scenes. We distil 2D features for 3D scene understanding."))
        .contains("3d-scene-understanding");
  }

  @Test
  void medicalImageAnalysisIsTheFieldNotClassification() {
    // Papergraph's vocabulary had "medical image analysis" as a name of medical image
    // classification; it is the field, a task of Papers with Code.
    assertThat(slugs("Medical image analysis needs labels. We segment tumours for medical image analysis. Medical image analysis benefits."))
        .contains("pwc-task-medical-image-analysis")
        .doesNotContain("medical-image-classification");
  }

  @Test
  void siblingTasksAreNotEachOthersNames() {
    // Camouflaged objects are the opposite of salient ones; panoptic segmentation is not instance
    // segmentation; rain is not haze.
    assertThat(slugs("We study camouflaged object detection. Camouflaged object detection finds animals that blend in."))
        .contains("camouflaged-object-detection")
        .doesNotContain("salient-object-detection");
    assertThat(slugs("We propose a model for panoptic segmentation. Panoptic segmentation labels every pixel."))
        .contains("pwc-task-panoptic-segmentation")
        .doesNotContain("instance-segmentation");
    assertThat(slugs("We propose a network for image deraining. Image deraining removes rain streaks."))
        .doesNotContain("image-dehazing");
  }

  @Test
  void surgeryTheLawAndDentistryAreFieldsOfTheirOwn() {
    assertThat(slugs("Surgical workflow recognition is essential in robot-assisted surgery and surgical navigation. "
            + "We recognise surgical phases in long surgical videos."))
        .contains("surgical-video-analysis", "robotic-surgery", "computer-assisted-surgery");
    assertThat(slugs("Large language models are increasingly used in the legal domain. We evaluate them on legal question answering over statutes."))
        .contains("legal-ai");
    assertThat(slugs("We propose a semi-supervised method for tooth segmentation from dental CBCT scans.")).contains("digital-dentistry");
  }

  @Test
  void aPaperThatTrainsAModelMeansItsInferenceAndARecommenderItsColdStart() {
    // No word of Papergraph's vocabulary here: "trained" alone says the paper is on learned models.
    assertThat(slugs("Document dewarping suffers from slow inference. We propose a pipeline trained once that cuts inference time in half."))
        .doesNotContain("inference");
    assertThat(slugs("Addressing the cold-start problem in content recommendation remains a challenge. We fine-tune large language models for cold-start users."))
        .contains("cold-start-problems");
  }

  @Test
  void aSubjectTheCorpusRulesNamedTwiceIsOneConceptWithItsShortName() {
    assertThat(slugs("Temporal grounding localizes the moment a query describes in a long video. We improve temporal grounding with reasoning.")).contains("temporal-video-grounding");
    assertThat(slugs("We propose a camera-based method for 3D semantic occupancy prediction in autonomous driving.")).contains("3d-occupancy-prediction");
    assertThat(slugs("Contrastive decoding mitigates object hallucination in vision-language models. We propose a training-free contrastive decoding method.")).contains("contrastive-decoding");
    assertThat(slugs("We propose a training-free visual token compression method for multimodal large language models.")).contains("token-pruning");
  }

  @Test
  void taskPhrasesTheFileNamesOftenAreConcepts() {
    assertThat(slugs("Dense retrieval encodes queries and passages as vectors. We train dense retrievers with hard negatives."))
        .contains("dense-retrieval");
    assertThat(slugs("We propose a context compression method that shortens prompts for long-context language models."))
        .contains("context-compression");
    // Attribution of generated images to their source model is not feature attribution.
    assertThat(slugs("Reconstruction-based attribution methods identify which generator produced an image.")).doesNotContain("feature-attribution");
  }

  @Test
  void subjectsNoSchemeNamedInSamples31To34() {
    assertThat(slugs("Code-switching, alternating between languages, challenges speech recognition. We build a code-switched speech corpus.")).contains("code-switching");
    assertThat(slugs("Retrieval-augmented models face knowledge conflicts between retrieved context and parametric memory. We resolve knowledge conflicts.")).contains("knowledge-conflicts");
    assertThat(slugs("GUI grounding maps instructions to screen coordinates. We train a small model for GUI grounding.")).contains("gui-grounding");
    assertThat(slugs("We estimate the ejection fraction from echocardiography videos.")).contains("echocardiography");
  }

  @Test
  void propertiesOfASensorOrAnInputAndAUseNamedInPassingAreNoTopics() {
    // "High dynamic range" is what event cameras offer, "high-resolution images" and "high-dimensional
    // data" what a method must handle, a "region of interest" a part of it, "hierarchical
    // structures" a property of labels, "high frequencies" the domain it works in; "human-computer
    // interaction" the use a task is named for.
    assertThat(slugs("Eye tracking is vital for human-computer interaction. Event cameras offer high dynamic range and low latency. "
            + "We detect the pupil in high-resolution images with a region-of-interest (ROI) branch that handles high-dimensional data and "
            + "hierarchical structures of labels. The ROI branch crops high-resolution images from event cameras and keeps high frequencies."))
        .contains("event-cameras")
        .doesNotContain("human-computer-interaction", "hdr-imaging", "high-resolution-image", "high-dimensional-data", "hierarchical-structures", "frequencies");
    // The imaging task keeps its names.
    assertThat(slugs("High dynamic range (HDR) imaging fuses exposures. We reconstruct HDR images from a single LDR input.")).contains("hdr-imaging");
  }

  @Test
  void aMisleadingSynonymLeavesItsTopicsOtherLabels() {
    // "race" and "CSP" no longer name these CSO topics; their own names still do.
    assertThat(slugs("We verify communicating sequential processes. Communicating sequential processes model concurrency, and communicating sequential processes compose."))
        .contains("communicating-sequential-process");
    // Each synonym set aside is one CSO gives its topic: a slug or label mistyped there would set nothing aside.
    TopicScheme cso = TestTopics.reference().cso();
    TopicTagger.MISLEADING_SYNONYMS.forEach((slug, labels) -> assertThat(cso.concept(slug).altLabels()).as(slug).containsAll(labels));
  }

  @Test
  void aListedLabelOrSlugThatCsoDoesNotGiveFailsNamingTheFile() {
    // The lists beside the tagger name CSO's own slugs and labels; a mistyped one would set
    // nothing aside and match nothing, so the tagger refuses to start and says where it is.
    TopicScheme cso = TestTopics.reference().cso();
    assertThatThrownBy(() -> TopicTagger.checkCsoLists(cso, Map.of("database-systems", Set.of("databse")), Map.of(), Map.of(), Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("misleading-synonyms.txt: \"databse\" is no synonym CSO gives database-systems");
    assertThatThrownBy(() -> TopicTagger.checkCsoLists(cso, Map.of("databse-systems", Set.of("database")), Map.of(), Map.of(), Set.of()))
        .hasMessage("misleading-synonyms.txt: databse-systems is no CSO topic");
    assertThatThrownBy(() -> TopicTagger.checkCsoLists(cso, Map.of(), Map.of("language-model", Set.of("computer-vision")), Map.of(), Set.of()))
        .hasMessage("misleading-broader.txt: computer-vision is no broader topic CSO gives language-model");
    assertThatThrownBy(() -> TopicTagger.checkCsoLists(cso, Map.of(), Map.of(), Map.of("grasp", "robotic-grasp"), Set.of()))
        .hasMessage("label-senses.txt: robotic-grasp is no CSO topic");
    assertThatThrownBy(() -> TopicTagger.checkCsoLists(cso, Map.of(), Map.of(), Map.of("grasping hands", "robotic-grasping"), Set.of()))
        .hasMessage("label-senses.txt: \"grasping hands\" is no label of CSO");
    assertThatThrownBy(() -> TopicTagger.checkCsoLists(cso, Map.of(), Map.of(), Map.of(), Set.of("newton s method")))
        .hasMessage("possessive-labels.txt: \"newton s method\" is no label of CSO");
    // The lists as shipped pass.
    TopicTagger.checkCsoLists(cso, TopicTagger.MISLEADING_SYNONYMS, TopicTagger.MISLEADING_BROADER, TopicTagger.LABEL_SENSES, TopicTagger.POSSESSIVE_LABELS);
  }

  @Test
  void aPossessiveNamesTheTopicCsoWritesWithoutItsApostrophe() {
    // CSO writes "newtons method" and "prisoners dilemma"; papers write the apostrophe.
    assertThat(slugs("We analyse Newton's method for convex problems. Newton's method converges fast, and Newton's method scales."))
        .contains("newtons-method");
    assertThat(slugs("Agents play the iterated prisoner's dilemma. The prisoner's dilemma rewards defection; prisoner's dilemma games repeat."))
        .contains("prisoners-dilemma");
    // A possessive of a common noun names no topic CSO writes with a plural: "the system's design" is not
    // its "systems design", "the model's statistical properties" not its "models, statistical".
    assertThat(slugs("We detail the system's design. The system's design is modular, and the system's design scales."))
        .doesNotContain("systems-design");
    assertThat(slugs("We study the model's statistical properties. The model's statistical bias and the model's statistical power."))
        .doesNotContain("models%2C-statistical");
    // Each label listed as a possessive is one CSO gives: a label mistyped there would be matched nowhere.
    TopicTagger.checkCsoLists(TestTopics.reference().cso(), Map.of(), Map.of(), Map.of(), TopicTagger.POSSESSIVE_LABELS);
  }

  @Test
  void databaseSystemsKeepTheirOwnNames() {
    assertThat(slugs("We tune database systems for analytical queries. Database systems index columns, and database systems plan joins."))
        .contains("database-systems");
  }

  @Test
  void statisticsAreNoCorrelationAnalysis() {
    assertThat(slugs("We present a statistical analysis of code review comments. The statistical analysis covers 20 projects and their statistics."))
        .doesNotContain("correlation-analysis");
  }

  @Test
  void aTaskLabelWrittenClosedMatchesItsHyphenatedForm() {
    // Papers with Code writes "Multiview Clustering"; papers write "multi-view clustering".
    assertThat(slugs("Multi-view clustering groups samples described by several views. We propose an anchor-based multi-view clustering network."))
        .contains("pwc-task-multiview-clustering");
  }

  @Test
  void graspingIsRoboticGraspingNotTheGraspMetaheuristic() {
    // CSO's "grasp" is GRASP, a metaheuristic of combinatorial optimization.
    List<TopicAssignment> tagged =
        TestTopics.tagger().tag(null, "Functional grasp is essential for dexterous robot hands. We learn grasping from human videos. Each grasp is retargeted to the robot.");
    assertThat(tagged).extracting(TopicAssignment::slug).contains("robotic-grasping").doesNotContain("grasp");
  }

  @Test
  void propertiesAndSelfReferenceAreNoTopics() {
    // "one-dimensional convolutions", "optical images", "grid-based embeddings" and "a novel
    // architecture" say what a method is like, not what the paper is about; "optical flow" keeps its label.
    List<TopicAssignment> tagged =
        TestTopics.tagger().tag(null, "We propose a novel architecture with one-dimensional convolutions and grid-based embeddings for optical images. "
            + "The novel architecture translates optical images. One-dimensional convolutions keep grid-based embeddings small. We also estimate optical flow between optical images.");
    assertThat(tagged).extracting(TopicAssignment::slug).doesNotContain("novel-architecture", "one-dimensional", "optical-", "grid-based").contains("optical-flows");
    // The kind of study and the level of a representation: "an empirical analysis of", "semantic-level features".
    List<TopicAssignment> study =
        TestTopics.tagger().tag(null, "We present an empirical analysis of jailbreak attacks on large language models. The empirical analysis covers semantic-level features. "
            + "Semantic-level features and the semantic level of prompts explain jailbreak attacks.");
    assertThat(study).extracting(TopicAssignment::slug).contains("jailbreaking").doesNotContain("empirical-analysis", "semantic-levels");
    // What a method avoids, needs or is like, and how a dataset is made up: "information loss",
    // "limited computing resources", "low-complexity", "energy-efficient", "stereo image pairs".
    List<TopicAssignment> qualities =
        TestTopics.tagger().tag(null, "We propose a low-complexity, energy-efficient stereo matching network for limited computing resources. It reduces information loss "
            + "between stereo image pairs. Low-complexity layers keep it energy-efficient, and its information loss stays small on 10,000 image pairs.");
    assertThat(qualities).extracting(TopicAssignment::slug)
        .contains("stereo-matching")
        .doesNotContain("low-complexity", "energy-efficient", "computing-resource", "information-loss", "image-pairs");
    // "A reinforcement learning framework" is a method trained with reinforcement learning, not
    // Papers with Code's collection of reinforcement-learning software.
    assertThat(TestTopics.tagger().tag(null, "We propose a reinforcement learning framework for routing in queueing networks. The framework learns routing policies."))
        .extracting(TopicAssignment::slug)
        .contains("reinforcement-learning")
        .doesNotContain("pwc-collection-reinforcement-learning-frameworks");
  }

  @Test
  void selectionAndSettingsAreNoTopics() {
    // "data selection" is no genetic selection; "for real-time applications" and "AI applications"
    // say where a method is used, "prior information" what it uses.
    List<TopicAssignment> selection =
        TestTopics.tagger().tag(null, "Data selection for instruction tuning of large language models. Our selection keeps informative samples. The selection is cheap. Selection scores guide training.");
    assertThat(selection).extracting(TopicAssignment::slug).contains("instruction-tuning").doesNotContain("genetic-selection");
    List<TopicAssignment> settings =
        TestTopics.tagger().tag(null, "Instruction tuning of large language models for real-time applications. AI applications need it. Real-time applications and AI applications gain. We add prior information. Prior information helps.");
    assertThat(settings).extracting(TopicAssignment::slug).doesNotContain("real-time-application", "ai-applications", "prior-information");
    // Inputs a method takes: "from a single image", "a reference image", "user queries".
    List<TopicAssignment> inputs =
        TestTopics.tagger().tag(null, "Novel view synthesis from a single image. A reference image guides the single image. User queries select the reference image. User queries and a single image.");
    assertThat(inputs).extracting(TopicAssignment::slug).contains("novel-view-synthesis").doesNotContain("single-images", "reference-image", "user-query");
    // "in processing" is no in-process (manufacturing) topic; "routing mechanism" in a mixture of experts routes tokens.
    List<TopicAssignment> moe =
        TestTopics.tagger().tag(null, "Mixture of experts for large language models in processing long documents. Our routing mechanism sends tokens to experts. The routing mechanism balances experts.");
    assertThat(moe).extracting(TopicAssignment::slug).contains("mixture-of-experts").doesNotContain("in-process", "routing-mechanism");
    // "cutting-edge" is the state of the art, not CSO's cutting edges of machining tools.
    List<TopicAssignment> edge =
        TestTopics.tagger().tag(null, "We compare cutting-edge large language models on legal reasoning. Cutting-edge models still fail. Cutting-edge methods help.");
    assertThat(edge).extracting(TopicAssignment::slug).contains("large-language-models").doesNotContain("cutting-edges");
    // "A promising computing paradigm" praises spiking networks (2504.00719); "edge computing" inside it stays a topic.
    List<TopicAssignment> paradigm =
        TestTopics.tagger().tag(null, "Spiking neural networks present a promising computing paradigm for event data. The edge computing paradigm is growing. Edge computing needs spiking networks.");
    assertThat(paradigm).extracting(TopicAssignment::slug).contains("spiking-neural-networks", "pwc-task-edge-computing").doesNotContain("computing-paradigm");
    // What a task demands, what a tracker improves and how a result is praised (the fiftieth sample):
    // "requires expert knowledge", "tracking accuracy", "high-quality solutions"; and why a field
    // exists, "information overload".
    assertThat(slugs("Interpreting SAR images requires expert knowledge. We propose a multi-object tracker that improves tracking accuracy on KITTI. "
            + "Expert knowledge is costly; tracking accuracy rises by 2 points, and the tracker offers high-quality solutions. Expert knowledge and high-quality solutions."))
        .contains("multi-object-tracking").doesNotContain("expert-knowledge", "tracking-accuracy", "high-quality-solutions");
    assertThat(slugs("News recommender systems mitigate information overload. We propose a news recommender system that reads headlines. Information overload grows."))
        .contains("recommender-systems").doesNotContain("information-overloads");
    // Why a method must be reliable, how results were checked, a language model's self-correction
    // (the fifty-second sample): "safety-critical applications", "validation", "correction methods".
    assertThat(slugs("Uncertainty estimation is crucial for safety-critical applications such as autonomous driving. We calibrate object detectors. "
            + "Safety-critical applications need calibrated object detectors; experimental validation on KITTI and a second validation on nuScenes follow. "
            + "Self-correction methods of language models do not help object detectors."))
        .contains("object-detection").doesNotContain("safety-critical-applications", "validation", "correction-method");
    // A network's context and features, a motivation, a contrast, how code is shared (the same
    // round): "context modeling", "domain-specific models" and "long-range modeling" name no
    // topic; "local features", "user experience", "human cognition", "semantic gap",
    // "single-agent" and "open-source software" named once are no topic (passing-topics.txt).
    assertThat(slugs("Inspired by human cognition, we propose a multi-agent framework for image captioning that improves the user experience. "
            + "Its encoder fuses local features with long-range context modeling to bridge the semantic gap, unlike single-agent systems and domain-specific models. "
            + "Image captioning results improve, and the framework is released as open-source software. Its Mamba decoder brings long-range modeling."))
        .contains("image-captioning")
        .doesNotContain("context-modeling", "local-feature", "user-experience", "human-cognition", "semantic-gap", "single-agent", "open-source-software", "domain-specific-modeling",
            "pwc-task-long-range-modeling");
    // Why federated learning exists, what language models are good at, the metric of speech recognition.
    assertThat(slugs("Federated learning trains speech recognition models while preserving data privacy. Large language models excel at natural language understanding. "
            + "Our federated speech recognition model reaches a word error rate of 7.2%."))
        .contains("federated-learning").doesNotContain("data-privacy", "natural-language-understanding", "word-error-rate");
    // Supervised learning as the contrast of a self-supervised method is no topic; a paper on it, naming it again, keeps it.
    assertThat(slugs("Supervised learning needs costly labels. We propose a self-supervised pretext task for medical image segmentation."))
        .contains("medical-image-segmentation").doesNotContain("supervised-machine-learning");
    assertThat(slugs("Supervised learning with noisy labels overfits. We study when supervised learning generalizes under label noise."))
        .contains("supervised-machine-learning");
    // A confusion matrix is how results are broken down.
    assertThat(slugs("We classify skin lesions with a vision transformer. The confusion matrix shows where lesions are confused; confusion matrices per class follow."))
        .doesNotContain("confusion-matrices");
    // An equal error rate is how a verification system is scored.
    assertThat(slugs("We propose a palmprint recognition method. Palmprint recognition reaches an Equal Error Rate (EER) of 0.5% on the Tongji dataset."))
        .contains("palmprints").doesNotContain("equal-error-rate");
    // The data stream of continual learning's task definition.
    assertThat(slugs("Class-incremental learning learns new classes from a data stream without forgetting. We propose prompt-based class-incremental learning."))
        .doesNotContain("data-stream");
    // The topics of passing-topics.txt are a paper's subject where its opening sentence names them and the text again.
    assertThat(slugs("User experience practice is changing with AI. We propose a framework that guides user experience work on AI systems."))
        .contains("user-experience");
  }

  @Test
  void aLabelWhoseHeadIsANonTopicalPhraseIsStillMatched() {
    // "long context modeling", a label of the vocabulary written open, ends in the non-topical "context modeling":
    // that head names nothing, and the label its own concept.
    assertThat(slugs("Long context modeling strains attention. We study long context modeling for large language models."))
        .contains("long-context-language-models").doesNotContain("context-modeling");
  }

  @Test
  void capitalsWithAPluralSAreThePluralOfTheCapitals() {
    // "GUIs" are graphical user interfaces; "semantic IDs" are identifiers, not intrusion detection systems.
    assertThat(TestTopics.tagger().tag(null, "GUIs are hard to test. We test GUIs with agents."))
        .extracting(TopicAssignment::slug)
        .contains("graphical-user-interfaces");
    assertThat(TestTopics.tagger().tag(null, "Generative recommendation assigns semantic IDs to items. We learn semantic IDs with a tokenizer. Semantic IDs scale."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("ids");
  }

  @Test
  void aMeasureTheResultsAreReportedInIsNoTopic() {
    // "a mean absolute error (MAE) of 4.99 BPM": how the paper measures, named once in the body.
    List<TopicAssignment> reported =
        TestTopics.tagger().tag(null, "We estimate heart rate from facial video with remote photoplethysmography. Our model achieves a mean absolute error of 4.99 BPM and a Pearson correlation coefficient of 0.96.");
    assertThat(reported).extracting(TopicAssignment::slug).contains("remote-photoplethysmography").doesNotContain("mean-absolute-error", "pearson-correlation-coefficients");
    // A paper about the measure names it in its opening sentence and once more: there it is the subject.
    List<TopicAssignment> about =
        TestTopics.tagger().tag(null, "The mean absolute error is a robust loss for training deep neural networks on noisy labels. We prove that the mean absolute error bounds the risk.");
    assertThat(about).extracting(TopicAssignment::slug).contains("mean-absolute-error");
    // Named in passing, a measure is not kept as a paper's only topic, nor added as a broader one.
    assertThat(TestTopics.tagger().tag(null, "Our estimate reaches a mean absolute error of 3.1 degrees.")).extracting(TopicAssignment::slug).doesNotContain("mean-absolute-error");
  }

  @Test
  void aWayOfJudgingResultsNamedOnceInTheBodyIsNoTopic() {
    // How the paper scored its outputs, among its metrics.
    assertThat(slugs("We generate radiology reports with a vision-language model. Outputs are scored with BLEU and LLM-as-a-judge assessments."))
        .contains("vision-language-models").doesNotContain("llm-as-a-judge");
    // A paper on LLM judges names them in its opening sentence: there they are its subject.
    assertThat(slugs("LLM-as-a-judge is widely used to score open-ended answers. We measure how often judges agree with experts."))
        .contains("llm-as-a-judge");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Eight words, the hyphenated compounds counted by their parts.
        "Few-shot 3D point cloud semantic segmentation segments novel classes from a few examples. | pwc-task-few-shot-3d-point-cloud-semantic-segmentation",
        // A paper that defines "LLM" writes the label as "large language model as a judge", six words.
        "Large language models (LLMs) now grade answers. We study LLM-as-a-judge reliability. LLM-as-a-judge drifts. | llm-as-a-judge",
      })
  void aLabelOfMoreThanFiveWordsIsMatched(String text, String slug) {
    assertThat(slugs(text)).contains(slug);
  }

  @Test
  void methodBoilerplateIsNoTopic() {
    // "retrieval accuracy" is CSO's synonym of the non-topical "retrieval performance".
    assertThat(TestTopics.tagger().tag(null, "We improve semantic information. Semantic information and retrieval accuracy grow. Retrieval accuracy and semantic information."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("semantic-information", "retrieval-performance");
    // Nor under a near spelling, where the phrase itself reads as a verb ("coupled with"), nor by
    // another inflection of its label ("resource constraints" of the stopped "resource-constrained").
    assertThat(slugs("Reasoning must be tightly coupled with retrieval. We align image and text features for question answering."))
        .doesNotContain("tightly-coupled", "text-feature");
    assertThat(slugs("Edge devices work under resource constraints. We prune models for edge devices under resource constraints."))
        .doesNotContain("resource-constrained");
  }

  @Test
  void theLeadSentenceCountsMoreThanTheRest() {
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "Speech recognition is hard in noise. Prior work used hidden Markov models. In this paper, we propose a new voice conversion method.");
    assertThat(topics).extracting(TopicAssignment::slug).contains("speech-recognition", "voice-conversion").doesNotContain("hidden-markov-models");
  }

  @Test
  void theClauseNamingWhatRemainsUnexploredCountsLikeALeadSentenceButNotWhatItContrastsWith() {
    List<String> topics = slugs("Robots need to see. While hidden Markov models are well studied, voice conversion in noisy rooms remains largely unexplored."
        + " We run three experiments.");
    assertThat(topics).as("the gap the paper fills").contains("voice-conversion").as("what the gap is set against").doesNotContain("hidden-markov-models");
    assertThat(slugs("Robots need to see. While hidden Markov models are well studied, voice conversion in noisy rooms is hard. We run three experiments."))
        .as("named once in the body").doesNotContain("voice-conversion");
    String sentence = "While X is well studied, Y remains underexplored, posing Z.";
    assertThat(TopicTagger.gapClause(sentence)).containsExactly(sentence.indexOf("Y"), sentence.indexOf(", posing"));
    assertThat(TopicTagger.gapClause("Y is understudied.")).containsExactly(0, "Y is understudied".length());
    assertThat(TopicTagger.gapClause("Y is well studied.")).isNull();
  }

  @Test
  void aLabelOfTwoWordsNamedOnceInTheBodyIsHeldBackForTheCheckNotAssigned() {
    String text = "We propose a new voice conversion method for noisy rooms. It is trained with data augmentation on two corpora.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).contains("voice-conversion").doesNotContain("data-augmentation");
    List<TopicAssignment> held = TestTopics.tagger().heldBack(null, text, List.of());
    assertThat(held).extracting(TopicAssignment::slug).contains("data-augmentation").doesNotContain("voice-conversion");
    assertThat(held).allSatisfy(a -> assertThat(a.score()).isEqualTo(TopicTagger.TWO_WORDS));
    assertThat(held).allSatisfy(a -> assertThat(a.method()).isNotEqualTo(TopicMethod.CSO_BROADER));
    assertThat(TestTopics.tagger().heldBack(null, text, List.of("physics.optics")))
        .as("outside computing a topic needs more than one mention in a lead sentence, let alone in the body").isEmpty();
    assertThat(org.papergraph.core.embed.TopicCheck.MAX_TOPICS).as("the check admits up to the tagger's own cap").isEqualTo(TopicTagger.MAX_TOPICS);
  }

  @Test
  void aLabelInTheTitleCountsMoreThanInTheLeadSentence() {
    double inTitle = score(TestTopics.tagger().tag("Voice conversion with little data", "We propose a new method. It works well on two benchmarks."), "voice-conversion");
    double inLead = score(TestTopics.tagger().tag(null, "We propose a new method for voice conversion. It works well on two benchmarks."), "voice-conversion");
    assertThat(inTitle).as("the title names what the paper is about").isGreaterThan(inLead);
  }

  /** The slugs the tagger gives an abstract without a title, best first. */
  private static List<String> slugs(String abstractText) {
    return TestTopics.tagger().tag(null, abstractText).stream().map(TopicAssignment::slug).toList();
  }

  private static double score(List<TopicAssignment> topics, String slug) {
    return topics.stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow().score();
  }

  @Test
  void aMentionAfterAContrastIsNotCounted() {
    assertThat(TestTopics.tagger().tag(null, "Unlike knowledge distillation, we prune networks. Network pruning needs no teacher, without knowledge distillation. We prune."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("knowledge-distillation");
  }

  @Test
  void aLabelBeforeFreeNamesWhatThePaperDoesWithout() {
    // An "LLM-free" retriever has no language model, however often the paper says so, as
    // "SfM-free" pose estimation uses no structure from motion.
    assertThat(slugs("We propose an LLM-free retrieval pipeline for dense retrieval. Our LLM-free retriever ranks passages. LLM-free ranking is cheap; dense retrieval scales."))
        .contains("dense-retrieval")
        .doesNotContain("large-language-models");
    assertThat(slugs("We propose an LLM-based retrieval pipeline for dense retrieval. Our LLM-based retriever ranks passages. LLM-based ranking is cheap; dense retrieval scales."))
        .contains("dense-retrieval", "large-language-models");
    // A label that spans the compound is matched whole.
    assertThat(slugs("We study context-free languages. Parsing context-free languages is cubic; context-free languages are closed under union."))
        .contains("context-free-languages");
  }

  @Test
  void aBaselineTheMethodOutperformsIsNotCounted() {
    assertThat(
            TestTopics.tagger()
                .tag(null, "We control wave energy converters with dual control. Our controller, outperforming model predictive control, learns the waves."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("model-predictive-control");
    assertThat(TestTopics.tagger().tag(null, "We control wave energy converters with dual control. Our controller, built on model predictive control, learns the waves."))
        .extracting(TopicAssignment::slug)
        .contains("model-predictive-control");
  }

  @Test
  void currentTermsOfTheCuratedVocabularyAreMatchedWithTheirAcronymsAsWritten() {
    List<TopicAssignment> topics =
        TestTopics.tagger()
            .tag(null, "We study mixture-of-experts routing for LLMs. Our MoE layer with sparse attention lowers the cost. MoE experts specialise under sparse attention.");
    assertThat(topics).extracting(TopicAssignment::slug).contains("mixture-of-experts", "efficient-attention");
    assertThat(topics).filteredOn(a -> a.slug().equals("mixture-of-experts")).extracting(TopicAssignment::method).containsOnly(TopicMethod.CURATED_MATCH);
    // An acronym is matched only as written: "moe" in lower case is not MoE.
    assertThat(TestTopics.tagger().tag(null, "The moe of the river rises. The moe floods the valley. Farmers fear the moe.")).extracting(TopicAssignment::slug).doesNotContain("mixture-of-experts");
  }

  @Test
  void aRoleInAMethodIsNotTheFieldThatSharesItsName() {
    // The student model of knowledge distillation is not student modelling in education.
    assertThat(
            TestTopics.tagger()
                .tag(null, "We propose knowledge distillation for edge models. The student model learns from the teacher. A small student model runs on phones."))
        .extracting(TopicAssignment::slug)
        .contains("knowledge-distillation")
        .doesNotContain("student-modeling");
  }

  @Test
  void everyAssignmentShowsTheWordsThatMadeItWithWhereTheyStand() {
    String title = "Knowledge distillation for edge models";
    String text = "We study model compression. In this paper, we propose knowledge-distillation (KD) for edge models. KD helps.";
    List<TopicAssignment> topics = TestTopics.tagger().tag(title, text);
    TopicAssignment kd = topics.stream().filter(a -> a.slug().equals("knowledge-distillation")).findFirst().orElseThrow();
    assertThat(kd.evidence()).isNotEmpty();
    TopicEvidence inTitle = kd.evidence().get(0);
    assertThat(inTitle.part()).isEqualTo(TopicEvidence.Part.TITLE);
    assertThat(inTitle.sentence()).isEqualTo(TopicEvidence.Sentence.TITLE);
    assertThat(title.substring(inTitle.start(), inTitle.end())).isEqualTo("Knowledge distillation").isEqualTo(inTitle.text());
    // The abstract's mentions as written, hyphen included, at their offsets; the defined acronym "KD" counts for its long form.
    assertThat(kd.evidence()).filteredOn(e -> e.part() == TopicEvidence.Part.ABSTRACT).extracting(TopicEvidence::text).contains("knowledge-distillation", "KD");
    for (TopicEvidence e : kd.evidence()) {
      String source = e.part() == TopicEvidence.Part.TITLE ? title : text;
      assertThat(source.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    assertThat(kd.evidence()).filteredOn(e -> e.text().equals("knowledge-distillation")).extracting(TopicEvidence::sentence).containsOnly(TopicEvidence.Sentence.LEAD);
    // Only the first mentions are kept: the title's and the abstract's first two.
    assertThat(kd.evidence()).hasSize(TopicTagger.MAX_EVIDENCE);
    assertThat(kd.evidence().get(2).text()).isEqualTo("KD");
  }

  @Test
  void aListOfExamplesNamesNoSubject() {
    String text =
        "Cross-view localization is crucial for outdoor applications like autonomous navigation and augmented reality. Foundation models (e.g., CLIP) help downstream tasks such as"
            + " object detection and segmentation, which we do not study. In this paper, we propose a cross-view localization method for autonomous navigation.";
    List<String> slugs = TestTopics.tagger().tag(null, text).stream().map(TopicAssignment::slug).toList();
    // Named in a claim as well, autonomous navigation counts; augmented reality and object detection, only examples, do not.
    assertThat(slugs).contains("autonomous-navigation").doesNotContain("augmented-reality", "object-detection", "pwc-clip");
    String list = "such as object detection and segmentation";
    // Blanked, not cut: offsets into the sentence still hold.
    assertListBlanked("tasks ", list, ", which we skip.");
  }

  @Test
  void theFieldsAMethodIsAppliedInAreNamedInPassing() {
    String text =
        "Human animation has a wide range of applications in virtual and augmented reality, and in human-computer interaction. We propose a"
            + " diffusion model for human motion generation from text, with human motion generation evaluated on two benchmarks.";
    List<String> slugs = TestTopics.tagger().tag(null, text).stream().map(TopicAssignment::slug).toList();
    assertThat(slugs).doesNotContain("augmented-reality", "virtual-reality", "human-computer-interaction");
    // "Applications including X" may list the paper's own uses (a dataset demonstrated for motion
    // prediction): not read as a list of examples.
    String uses = "We demonstrate its utility across multiple applications including motion prediction and motion planning.";
    assertThat(TopicTagger.withoutExamples(uses)).isEqualTo(uses);
    String fields = "applications in autonomous driving, medical imaging and photography";
    assertListBlanked("It has ", fields, ".");
    // "Applications, including" lists the field's uses where the sentence speaks of the field, and
    // the paper's own where it speaks of itself.
    String field = "applications, including smart surveillance, healthcare, assistive technologies, sports analytics, etc";
    assertListBlanked("HAR plays a pivotal role in various ", field, ".");
    String own = "We showcase its applications, including motion-augmented captioning and video question answering.";
    assertThat(TopicTagger.withoutExamples(own)).isEqualTo(own);
  }

  /** {@code before + list + after}, with its list of examples blanked to spaces: offsets into the sentence still hold. */
  private static void assertListBlanked(String before, String list, String after) {
    assertThat(TopicTagger.withoutExamples(before + list + after)).isEqualTo(before + " ".repeat(list.length()) + after);
  }

  @Test
  void theAreasOrTasksAFieldHasServedAreNamedInPassing() {
    String areas = "areas including question answering, machine translation, and text summarization";
    String opening = "Large language models have enabled breakthroughs across a wide range of ";
    assertListBlanked(opening, areas, ".");
    String sentence = opening + areas + ".";
    String text = sentence + " Yet they hallucinate. We propose a hallucination detection method for large language models that checks claims against retrieved evidence.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug)
        .contains("hallucination-detection")
        .doesNotContain("question-answering", "machine-translations", "text-summarization");
    // One item is no list of examples: the field the paper goes on to work in.
    String one = "Deep learning has made significant progress in various fields including computational pathology (CPath).";
    assertThat(TopicTagger.withoutExamples(one)).isEqualTo(one);
    // The paper's own tasks are its own, as its own applications are.
    String own = "We evaluate our method on three tasks, including image captioning, image classification and visual question answering.";
    assertThat(TopicTagger.withoutExamples(own)).isEqualTo(own);
  }

  @Test
  void theBaselinesBenchmarksAndMetricsAPaperIsMeasuredByAreNamedInPassing() {
    String baselines = "baselines, including self-consistency and advanced reinforcement learning approaches, under comparable budgets";
    String text = "We propose a test-time scaling method for mathematical reasoning. It surpasses strong " + baselines + ".";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).contains("test-time-scaling").doesNotContain("reinforcement-learning");
    // Whoever speaks: the paper's own baselines are no more its subject.
    String ours = "baselines, including chain of thought and in-context learning";
    assertListBlanked("We compare with ", ours, ".");
    // The list ends where the sentence goes on to say what the benchmarks showed.
    String shown = "Experiments on benchmarks, including VideoMME, LVBench and MLVU, demonstrate superior temporal grounding performance.";
    assertThat(TopicTagger.withoutExamples(shown)).doesNotContain("LVBench").contains("demonstrate superior temporal grounding performance");
  }

  @Test
  void wordsOfAnyModelAreNoSubject() {
    String text =
        "We propose a transformer network that captures multimodal interactions between video and audio. Multimodal interactions are fused with input features,"
            + " and our deep learning model outperforms depth estimation methods. We release a Python library.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug)
        .doesNotContain("multi-modal-interactions", "input-features", "estimation-method", "libraries");
    // Running a trained model is no logical or statistical inference; a longer label still names that.
    assertThat(slugs("We propose a cooperative inference method for pose estimation on edge devices. End devices run lightweight inference models, and inference is split between them."))
        .contains("pose-estimation")
        .doesNotContain("inference");
    assertThat(slugs("We study variational inference for Bayesian neural networks. Variational inference scales to large data."))
        .contains("variational-inference");
    // A network's intermediate representations are no compiler's intermediate representation.
    assertThat(slugs("We probe the intermediate representations of a vision encoder. Intermediate representations of deeper layers encode depth; "
            + "we align intermediate representations with text."))
        .doesNotContain("intermediate-representations");
  }

  @Test
  void contextAwareIsAPropertyOfAMethod() {
    String text = "We propose context-aware decoding for large language models. Context-aware decoding adds contextual cues, and our context-aware module improves answers.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).doesNotContain("context-awareness");
    String ubiquitous = "We study context-aware computing on mobile phones. Context-aware computing adapts services to where users are.";
    assertThat(TestTopics.tagger().tag(null, ubiquitous)).extracting(TopicAssignment::slug).contains("context-aware-computing");
  }

  @Test
  void aMatchDoesNotStartOnTheSecondWordOfAnOpenCompound() {
    String text =
        "We propose a completion network for LiDAR point cloud data. Point cloud data captured by sensors is sparse, and our network completes the point cloud data"
            + " of each scan. Cloud data stored by providers is no part of it.";
    List<TopicAssignment> topics = TestTopics.tagger().tag(null, text);
    // The last sentence's "Cloud data" is the only mention left: one body mention, no topic.
    assertThat(topics).extracting(TopicAssignment::slug).doesNotContain("cloud-data");
    String only = "Our storage layer keeps cloud data of many tenants. Cloud data is replicated across regions, and we study cloud data placement.";
    assertThat(TestTopics.tagger().tag(null, only)).extracting(TopicAssignment::slug).contains("cloud-data");
    // Nor does one on the second word of "language processing": NLP models are no process models.
    String nlp = "Natural language processing models are evaluated for bias. We audit natural language processing models on three benchmarks.";
    assertThat(TestTopics.tagger().tag(null, nlp)).extracting(TopicAssignment::slug).doesNotContain("process-modeling");
  }

  @Test
  void aMatchDoesNotStartInsideAHyphenatedCompound() {
    List<String> slugs =
        TestTopics.tagger()
            .tag(null, "We propose teacher-student learning for brain-computer interfaces. Brain-computer interfaces decode speech. Teacher-student learning helps brain-computer interfaces.")
            .stream()
            .map(TopicAssignment::slug)
            .toList();
    assertThat(slugs).contains("brain-computer-interface").doesNotContain("student-learning", "computer-interfaces");
    // The output of an "X-to-Y" compound is what it says.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we propose text-to-image generation with a new sampler.")).extracting(TopicAssignment::slug).contains("image-generation");
  }

  @Test
  void aQualifyingTailInsideALabelOfThreeWordsLeavesItsTopic() {
    assertThat(slugs("We detect anomalous graphs. We propose GNN-based graph-level anomaly detection with contrastive views."))
        .contains("graph-anomaly-detection");
    assertThat(slugs("Diffusion-based large language models (dLLMs) decode tokens in parallel. We speed up their sampling."))
        .contains("diffusion-large-language-models");
    // Only a qualifying tail: "camouflaged" narrows video object detection into another task.
    assertThat(slugs("We propose a network for video camouflaged object detection. Video camouflaged object detection finds hidden animals."))
        .doesNotContain("pwc-task-video-object-detection");
    // A label of two words says too little to survive a word inside it.
    assertThat(slugs("We study image-based retrieval of products. Image-based retrieval finds similar items."))
        .doesNotContain("image-retrieval");
  }

  @Test
  void aCsoLabelOpeningWithAParticipleNeedsTheParticiple() {
    assertThat(slugs("We study directed graphs. Directed graphs model citations and dependencies."))
        .contains("directed-graphs");
    // The folded words meet, exactly or by a near spelling, but the text uses the verb.
    assertThat(slugs("Some answers cannot be reached by direct graph traversal. We propose a reranker for query answering."))
        .doesNotContain("directed-graphs");
    assertThat(slugs("Motion artifacts degrade image quality. We propose a network for MRI motion correction."))
        .doesNotContain("degraded-images");
  }

  @Test
  void aPaperWithFewTopicsKeepsASubjectNamedOnceInOtherWords() {
    // The abstract names no subject but the agents, in other words once, and the LLMs they are built on
    // (large language models, at the floor): the agents are kept.
    List<TopicAssignment> few = TestTopics.tagger().tag(null, "Hospitals store millions of notes. We index clinical notes for fast search. "
        + "Our index relies on collaborative agents built on LLMs to rank notes.");
    assertThat(few).extracting(TopicAssignment::slug).contains("llm-agents");
    // Its score still says it is below the floor, and it comes last.
    assertThat(few.get(few.size() - 1).slug()).isEqualTo("llm-agents");
    assertThat(few.get(few.size() - 1).score()).isLessThan(TopicTagger.MIN_SCORE);
    // Among topics enough, the same sentence names a tool along the way.
    assertThat(slugs("Hospitals store millions of notes. We propose knowledge graph embedding for electronic health records with graph neural networks "
            + "and contrastive learning. Our index relies on collaborative agents built on LLMs to rank notes."))
        .contains("knowledge-graph-embedding")
        .doesNotContain("llm-agents");
  }

  @Test
  void aPhraseOfTopicCuesNamesItsTopicInOtherWords() {
    String agents = "We propose a multi-agent framework in which LLMs debate each answer. It improves factual accuracy.";
    List<TopicAssignment> topics = TestTopics.tagger().tag(null, agents);
    assertThat(topics).extracting(TopicAssignment::slug).contains("llm-agents");
    TopicAssignment cue = topics.stream().filter(t -> t.slug().equals("llm-agents")).findFirst().orElseThrow();
    assertThat(cue.evidence()).extracting(TopicEvidence::text).containsExactly("multi-agent framework in which LLMs");
    assertThat(cue.evidence().get(0).start()).isEqualTo(agents.indexOf("multi-agent"));
    // Named once in the body, the phrase stays below the floor, as a label named so in other words,
    // on a paper with topics enough.
    assertThat(slugs("Robots plan paths in warehouses with reinforcement learning, graph neural networks and model predictive control. "
            + "A multi-agent setup with LLMs is one option. We compare planners."))
        .doesNotContain("llm-agents");
    // After a contrast it names what the paper sets itself against.
    assertThat(slugs("Unlike multi-agent debate among LLMs, we propose a single verifier for factual accuracy."))
        .doesNotContain("llm-agents");
    // "Fairness" has the sense of fairness in AI only where the text speaks of bias or groups.
    assertThat(slugs("We study fairness of classifiers. Our method reduces demographic bias in credit scoring."))
        .contains("fairness-in-ai");
    assertThat(slugs("We study fairness of schedulers. Our method shares bandwidth among wireless users."))
        .doesNotContain("fairness-in-ai");
    // "Safety risks" are a model's only beside a word of AI models.
    assertThat(slugs("We study the safety risks of chatbots. Our method filters their answers."))
        .contains("safety-alignment");
    assertThat(slugs("We study the safety risks of solar plants. Our method monitors their inverters."))
        .doesNotContain("safety-alignment");
    // Teams counted name a shared task only beside a word of one; "tracking" holds "track" but is not one.
    assertThat(slugs("Twelve teams participated in the challenge. We describe the winning system for the tracking track."))
        .contains("shared-tasks-and-challenges");
    assertThat(slugs("Twelve teams participated in a user study. We compare their tracking of shared documents over a week."))
        .doesNotContain("shared-tasks-and-challenges");
    // A Papers with Code task named by a phrase is a task match, as one named by its verb is.
    TopicAssignment tracking = TestTopics.tagger().tag(null, "RGB-T tracking fuses visible and thermal frames. We propose a lightweight fusion network for it.")
        .stream().filter(t -> t.slug().equals("pwc-task-visual-tracking")).findFirst().orElseThrow();
    assertThat(tracking.method()).isEqualTo(TopicMethod.PWC_TASK);
    assertThat(tracking.evidence()).extracting(TopicEvidence::text).containsExactly("RGB-T tracking");
    // Phrases for CSO and Papers with Code topics, read from main subjects named in other words.
    assertThat(slugs("Scene reconstruction from sparse views is hard. We propose a feed-forward network for scene reconstruction from images."))
        .contains("pwc-task-3d-scene-reconstruction");
    assertThat(slugs("Adversarial patches fool object detectors. We print an adversarial patch that hides pedestrians from cameras."))
        .contains("pwc-task-real-world-adversarial-attack");
    // Not after "dynamic", which dynamic scene reconstruction names; the word a cue is tried on is in every match.
    assertThat(slugs("Dynamic scene reconstruction from monocular video is hard. We propose a deformable model for dynamic scene reconstruction."))
        .contains("dynamic-scene-reconstruction").doesNotContain("pwc-task-3d-scene-reconstruction");
    assertThat(slugs("We mine parallel sentence pairs from the web for low-resource translation. Each parallel sentence pair is scored by a small model."))
        .contains("parallel-corpora");
    // Face forgery detection is deepfake detection; deformable image registration is non-rigid registration.
    assertThat(slugs("Face forgery detection must generalize to unseen manipulations. We propose a vision-language detector for face forgery detection."))
        .contains("deepfake-detection");
    assertThat(slugs("Deformable image registration aligns MRI and CT scans. We propose a diffusion-feature loss for deformable registration networks."))
        .contains("nonrigid-registration");
    // Read from the misses of samples 60 to 66.
    assertThat(slugs("Theorem proving in Lean is hard for language models. We train a prover with expert iteration for theorem proving."))
        .contains("automated-theorem-proving");
    assertThat(slugs("Point cloud semantic segmentation labels every point. We propose a sparse transformer for point cloud semantic segmentation of outdoor scans."))
        .contains("pwc-task-3d-semantic-segmentation");
    assertThat(slugs("Landslide detection from satellite images guides disaster response. We propose a network for landslide detection."))
        .contains("pwc-task-landslide-segmentation");
    // Read from the misses of samples 7 to 67. A phrase may be tried on one of several words: this
    // one ends on "LLMs" or on "large language models".
    assertThat(slugs("We compare 26 large language models on legal questions. Even the best model fails half of them."))
        .contains("llm-evaluation");
    assertThat(slugs("This study evaluates the performance of ChatGPT on a national licensure exam for dietitians. It answers 60% of the questions correctly."))
        .contains("llm-evaluation");
    assertThat(slugs("We propose a diffusion model for downscaling precipitation fields. It sharpens coarse climate simulations."))
        .contains("earth-system-science");
    assertThat(slugs("We segment brain tumours in MRI scans with a lightweight transformer. It runs on a single GPU."))
        .contains("medical-image-segmentation");
    assertThat(slugs("We shorten the reasoning chains of large reasoning models without losing accuracy. Our method prunes redundant steps."))
        .contains("efficient-reasoning");
    assertThat(slugs("ASR systems fail on accented speech. We adapt ASR models to regional accents with little data."))
        .contains("automatic-speech-recognition");
    // "SAEs" are sparse autoencoders only where the abstract says so: in a clinical trial they are serious adverse events.
    assertThat(slugs("We train sparse autoencoders on the activations of a language model. The SAEs reveal interpretable features of its layers."))
        .contains("mechanistic-interpretability");
    assertThat(slugs("Serious adverse events (SAEs) were recorded in the trial. We model SAEs with a survival analysis of patient features."))
        .doesNotContain("mechanistic-interpretability");
  }

  @Test
  void aNameWhoseWordsHoldALabelOfAnotherSenseNamesNoTopic() {
    // A summarization dataset: no convolutional networks.
    assertThat(slugs("We summarize news articles with a small model. We evaluate on CNN/DailyMail and XSum. Our CNN/Daily Mail scores rise."))
        .doesNotContain("convolutional-neural-networks");
    assertThat(slugs("We classify skin lesions with a CNN. The CNN is trained on dermoscopy images. A CNN ensemble helps."))
        .contains("convolutional-neural-networks");
    // Batteries of a power grid, and the acronym that stands for them: no computer storage systems.
    assertThat(slugs("We schedule battery energy storage systems (BESS) in microgrids. Each BESS trades energy. BESS dispatch is optimised."))
        .doesNotContain("storage-systems");
    assertThat(slugs("We design storage systems for key-value data. The storage system caches hot keys. Storage systems scale out."))
        .contains("storage-systems");
  }

  @Test
  void aOneWordTopicOfAPaperOutsideComputingNeedsItsTitle() {
    String text = "We measure the spin of electrons in a lattice. The spin relaxes. Spin waves and spin currents are observed.";
    assertThat(TestTopics.tagger().tag(null, text, List.of("cs.ET"))).extracting(TopicAssignment::slug).contains("spin");
    assertThat(TestTopics.tagger().tag(null, text, List.of("cond-mat.mes-hall"))).extracting(TopicAssignment::slug).doesNotContain("spin");
    assertThat(TestTopics.tagger().tag("Spin relaxation", text, List.of("cond-mat.mes-hall"))).extracting(TopicAssignment::slug).contains("spin");
  }

  @Test
  void aPaperOutsideComputingGetsItsPrimaryCategoryLastAndNoWeakMatch() {
    TopicTagger tagger = TestTopics.tagger();
    String text = "We study solitary waves. Solitary waves are stable. Shallow-water flows carry them.";
    List<TopicAssignment> topics = tagger.tag("Solitary waves in shallow-water flows over a slope", text, List.of("nlin.PS", "physics.flu-dyn"));
    assertThat(topics).extracting(TopicAssignment::slug).containsExactly("shallow-waters", "arxiv-nlin-ps");
    TopicAssignment category = topics.get(1);
    assertThat(category.method()).isEqualTo(TopicMethod.PRIMARY_CATEGORY);
    assertThat(category.scheme()).isEqualTo(ArxivTopics.NAME);
    assertThat(category.score()).isEqualTo(TopicTagger.CATEGORY_SCORE);
    assertThat(category.evidence()).isEmpty();
    assertThat(category.label()).isEqualTo("Pattern Formation and Solitons (nlin.PS)");
    // A phrase matched once in the body stays under the floor: in computing it is the paper's
    // last resort, outside computing the category stands in its place.
    String weak = "Modular forms of half-integral weight are studied. Illustrative examples are given.";
    assertThat(tagger.tag(null, weak, List.of("cs.DM"))).extracting(TopicAssignment::slug).containsExactly("illustrative-examples");
    assertThat(tagger.tag(null, weak, List.of("math.NT", "math.AG"))).extracting(TopicAssignment::slug).containsExactly("arxiv-math-nt");
    assertThat(tagger.tag(null, weak)).extracting(TopicAssignment::slug).containsExactly("illustrative-examples");
  }

  @Test
  void outsideComputingATopicNamedOnceInTheTextIsNotKept() {
    TopicTagger tagger = TestTopics.tagger();
    String text = "We study random walks on combs. The walker drifts along the backbone.";
    assertThat(tagger.tag(null, text, List.of("cs.DM"))).extracting(TopicAssignment::slug).contains("random-walk");
    assertThat(tagger.tag(null, text, List.of("cond-mat.stat-mech"))).extracting(TopicAssignment::slug).containsExactly("arxiv-cond-mat-stat-mech");
    // Named in the title as well, it is what the paper is about.
    assertThat(tagger.tag("Biased random walks on combs", text, List.of("cond-mat.stat-mech"))).extracting(TopicAssignment::slug)
        .containsExactly("random-walk", "arxiv-cond-mat-stat-mech");
  }

  @Test
  void aComputingPaperGetsItsCategoryOnlyWhereItsTextNamesNoTopic() {
    TopicTagger tagger = TestTopics.tagger();
    String nothing = "We study the thing. It is good.";
    assertThat(tagger.tag(null, nothing, List.of("cs.CL", "cs.AI"))).extracting(TopicAssignment::slug).containsExactly("arxiv-cs-cl");
    // cmp-lg is an alias arXiv gives for cs.CL; a category arXiv no longer lists gives way to the next.
    assertThat(tagger.tag(null, nothing, List.of("cmp-lg"))).extracting(TopicAssignment::slug).containsExactly("arxiv-cs-cl");
    assertThat(tagger.tag(null, nothing, List.of("no-such.XX", "cs.RO"))).extracting(TopicAssignment::slug).containsExactly("arxiv-cs-ro");
    assertThat(tagger.tag(null, nothing)).isEmpty();
    assertThat(tagger.tag(null, "We propose a method for named entity recognition. Named entity recognition is hard.", List.of("cs.CL")))
        .extracting(TopicAssignment::slug)
        .doesNotContain("arxiv-cs-cl")
        .isNotEmpty();
  }

  @Test
  void anAcronymThePaperDefinesCountsForItsLongForm() {
    // The long form is named once; its acronym three times more.
    assertThat(TestTopics.tagger().tag(null, "Results improve. Multi-task learning (MTL) shares layers, and MTL helps. We scale MTL and MTL models."))
        .extracting(TopicAssignment::slug)
        .contains("multitask-learning");
  }

  @Test
  void theKvCacheIsNotItsCompression() {
    String sharing = "We share the key-value (KV) cache across users. KV cache reuse cuts latency; our KV cache store is semantic.";
    assertThat(TestTopics.tagger().tag(null, sharing)).extracting(TopicAssignment::slug).contains("kv-cache").doesNotContain("kv-cache-compression");
    String eviction = "We study KV cache eviction for long contexts. KV cache eviction keeps few tokens, and our KV cache eviction policy is adaptive.";
    assertThat(TestTopics.tagger().tag(null, eviction)).extracting(TopicAssignment::slug).contains("kv-cache-compression");
  }

  @Test
  void aDefinedAcronymWhoseLongFormNamesNothingStillStartsALongerLabel() {
    // "out-of-distribution" is no topic, so OOD alone names none; "OOD detection" is CSO's label.
    String text = "We separate out-of-distribution (OOD) samples. Many OOD detection methods use logits. We propose explainable OOD detection, beating OOD detection methods.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).contains("out-of-distribution-detection");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // "coloring" (of graphs) is not "color", "layered" is not "layer".
        "We color each layer. The color of a layer and its colors, per layer and layers, matter. Color and layer. | coloring; layered",
        // CSO makes "transformers" a synonym of encoder-decoder.
        "A Transformer model reads text. Transformers scale; the transformer is large. We train a Transformer. | encoder-decoder",
        "Transformer-based models read text. Transformer-based encoders scale. We train transformer-based models. | encoder-decoder",
        // "race" is a protected attribute of fairness work, not Asian continental ancestry (a CSO synonym).
        "Fairness across race and sex matters. Bias by race persists; race is protected. Race and gender audits. | asian-continental-ancestry-group",
        // "CSP" is YOLO's Cross Stage Partial block or a constraint satisfaction problem, not communicating sequential processes.
        "A YOLO detector with CSP blocks. The CSP neck fuses features; CSP layers help. We solve CSPs too. | communicating-sequential-process",
        // A "database" of interviews, speech errors or handwriting is a collection of data, not a database system (a CSO synonym).
        "We build a handwriting database. The database holds 1200 characters; each database entry is annotated. | database-systems",
        // A clustering-based method is no cluster head of a sensor network (a CSO synonym "cluster-based").
        "We propose a clustering-based downsampling module. Its clustering-based tokens and a cluster-based prior help. | cluster-head",
        // A spatial-frequency module of a network is no spatial frequency discrimination (a vision-science task).
        "A spatial-frequency module fuses cues. Spatial frequency features help deblurring; spatial frequency bands split. | spatial-frequency-discrimination",
        // Named entities linked to a knowledge base are not recognised by named entity recognition.
        "We link named entities to Wikidata. Named entities are disambiguated, and each named entity gets an ID. | named-entity-recognition",
        // A compression ratio of tokens is no compression ratio of machinery (CSO's topic of that name).
        "We reach a 10x compression ratio of the KV cache. At higher compression ratios the compression ratio costs accuracy. | compression-ratio-%28machinery%29",
        // A Bayes-optimal decision rule of decoding is no decision table (a CSO synonym "decision rules").
        "We derive a Bayes-optimal decision rule for decoding. The decision rule minimizes risk, unlike decision rules of MBR. | decision-tables",
        // "Context-based reasoning" is no context-aware application (a CSO synonym "context-based").
        "We compare context-based reasoning with parametric editing. Context-based training and context-based prompts win. | context-aware-applications",
        // "a system called LightMem" is no system call, "a function called SkinCells" no function calling;
        // "called" is kept as written wherever it stands, so a tool "called by agents" is no tool call either.
        "We introduce a memory system called LightMem. A system called LightMem again; the system called it. | system-calls",
        "We define a family of functions called SkinCells. Tools called by agents and functions called twice. | tool-learning",
        // "LLMs serve as evaluators" is no LLM serving.
        "LLMs serve as evaluators. Large language models (LLMs) serve as judges, and LLMs serve as translators. | efficient-llm-inference",
        // "Safer online environments" are the motivation of moderation work, not online learning environments.
        "Toxic language detection keeps online environments safe. Online environments host memes; we protect online environments. | online-environments",
        // "Real-time streaming performance" is a property of a method.
        "Our model achieves real-time streaming. Real-time streaming at 25 FPS; real-time streaming efficiency improves. | real-time-streaming",
        // "Crucial for intelligent systems" says what any AI system needs.
        "Depth estimation is crucial for intelligent systems. Intelligent systems need depth, and intelligent systems act on it. | intelligent-systems",
        // "design decisions" of a method or a dataset are no architectural design decisions of software engineering.
        "We evaluate key design decisions for dual encoders. Design decisions matter; each design decision is ablated. | design-decisions",
        // The "text inputs" of a model are no text input of human-computer interaction; "deterministic" is a property.
        "We fuse image and text inputs. Text inputs guide segmentation, and noisy text input hurts. | text-input",
        "We model deterministic actions. Deterministic pushdown automata reward agents; deterministic policies act. | deterministic",
        // "The detection problem" is any detection task; "high spatial resolution" is what a sensor offers.
        "We study the detection problem. The detection problem is hard, and detection problems abound. | detection-problems",
        "Satellites offer high spatial resolution. High spatial resolution images help; high spatial resolution scans too. | high-spatial-resolution",
        // "A formal framework for X" is the form a contribution takes, not formal frameworks as a subject.
        "We propose a formal framework for evaluating world models. The formal framework decomposes the task; formal frameworks help. | formal-framework",
        // "Image patches" are the units a vision transformer works on, not a subject.
        "A masked autoencoder reconstructs image patches. Image patches are masked; each image patch is a token. | image-patches",
        // SFT is supervised fine-tuning in today's papers, not the method "Shrink and Fine-Tune".
        "We apply SFT to a model. SFT then RL. Our SFT data is small. | pwc-shrink-and-fine-tune; pwc-sft",
        // "sequence-to-sequence" is not "direct sequence" spread spectrum: a match does not end inside a hyphenated compound.
        "A direct sequence-to-sequence model translates. The sequence-to-sequence model is small. | direct-sequence",
      })
  void knownWrongSensesAreNotTagged(String text, String rejected) {
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).doesNotContainAnyElementsOf(List.of(rejected.split("\\s*;\\s*")));
  }

  @Test
  void theVocabularysAcronymsMatchAsWrittenAndWholeWords() {
    assertThat(TestTopics.tagger().tag(null, "We fine-tune a ViT. ViTs with LoRA beat CNNs. The ViT is small; we apply SFT. SFT data matter, and SFT is cheap."))
        .extracting(TopicAssignment::slug)
        .contains("supervised-fine-tuning");
    // Lower case is a word, not the acronym.
    assertThat(TestTopics.tagger().tag(null, "The sft and vlm tools. Sft vlm sft vlm. Vlm sft."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("supervised-fine-tuning", "vision-language-models");
    assertThat(TestTopics.tagger().tag(null, "VLMs see. We test VLMs. VLMs fail. A VLM reads charts."))
        .extracting(TopicAssignment::slug)
        .contains("vision-language-models");
  }

  @Test
  void aLabelWithCapitalsAndHyphensIsAPhraseNotAnAcronym() {
    assertThat(TestTopics.tagger().tag(null, "We study text-to-SQL parsing with small models."))
        .extracting(TopicAssignment::slug)
        .contains("text-to-sql");
  }

  @Test
  void aHyphenatedPrefixMeetsTheClosedLabel() {
    assertThat(TestTopics.tagger().tag(null, "We study multi-task learning for robots."))
        .extracting(TopicAssignment::slug)
        .contains("multitask-learning");
  }

  @Test
  void methodsComeFromPapersWithCodeWithTheirOwnMethod() {
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "We put a vision transformer with a mixture of experts layer into a detector.");
    assertThat(topics).filteredOn(a -> a.method() == TopicMethod.PWC_METHOD).extracting(TopicAssignment::slug).contains("pwc-vision-transformer");
    // A label both schemes have lands on Papergraph's own concept.
    assertThat(topics).filteredOn(a -> a.method() == TopicMethod.CURATED_MATCH).extracting(TopicAssignment::slug).contains("mixture-of-experts");
  }

  @Test
  void tasksComeFromPapersWithCodeWithTheirOwnMethodAndTheirCsoHead() {
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "We propose a network for person search. Skeleton-based action recognition is a second task we address with it.");
    assertThat(topics).filteredOn(a -> a.method() == TopicMethod.PWC_TASK).extracting(TopicAssignment::slug)
        .contains("pwc-task-person-search", "pwc-task-skeleton-based-action-recognition");
    assertThat(topics).filteredOn(a -> a.slug().equals("pwc-task-person-search")).first().satisfies(a -> assertThat(a.scheme()).isEqualTo("pwc-tasks"));
    // The head of a task's name is matched as for a CSO label.
    assertThat(topics).extracting(TopicAssignment::slug).contains("action-recognition");
    // Also where Papergraph's vocabulary names the head.
    assertThat(TestTopics.tagger().tag(null, "We study text-based image editing with diffusion models."))
        .extracting(TopicAssignment::slug)
        .contains("pwc-task-text-based-image-editing", "image-editing");
  }

  @Test
  void aLabelWrittenWithAnAcronymMatchesItSpelledOut() {
    // "LLM agents" as the text writes it with the acronym defined inside the phrase; CSO gives
    // "llms" as large language models' own acronym, so the long form is the vocabulary's.
    assertThat(TestTopics.tagger().tag(null, "Large language model (LLM) agents are increasingly deployed. We study their planning."))
        .extracting(TopicAssignment::slug)
        .contains("llm-agents");
    assertThat(TestTopics.tagger().tag(null, "We study the planning of large language model agents."))
        .extracting(TopicAssignment::slug)
        .contains("llm-agents");
    // Only the phrase: the long form alone is still large language models, not their agents.
    assertThat(TestTopics.tagger().tag(null, "Large language models (LLMs) write code. We study their errors."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("llm-agents");
  }

  @Test
  void anAcronymThePaperDefinesIsReadWithTheWordsAfterIt() {
    // "SG" spells "scene graph" (no concept): "SG generation" is scene graph generation.
    List<TopicAssignment> sg = TestTopics.tagger().tag(null, "Scene graph (SG) representations describe scenes. We improve SG generation.");
    assertThat(sg).extracting(TopicAssignment::slug).contains("scene-graph-generation");
    assertThat(sg.stream().filter(a -> a.slug().equals("scene-graph-generation")).findFirst().orElseThrow().evidence())
        .extracting(TopicEvidence::text)
        .contains("SG generation");
    // The evidence is the paper's own words, whole: not inside "MSG generation".
    String text = "Scene graph (SG) representations. The MSG generation model improves SG generation.";
    TopicEvidence e = TestTopics.tagger().tag(null, text).stream().filter(a -> a.slug().equals("scene-graph-generation")).findFirst().orElseThrow().evidence().get(0);
    assertThat(text.substring(e.start(), e.end())).isEqualTo("SG generation");
    assertThat(e.start()).isEqualTo(text.lastIndexOf("SG generation"));
    // The long form is read in the acronym's own clause, and not inside a compound.
    assertThat(TestTopics.tagger().tag(null, "Among large scenes, graph (SG) methods. SG generation is hard.")).extracting(TopicAssignment::slug).doesNotContain("scene-graph-generation");
    assertThat(TestTopics.tagger().tag(null, "Scene graph (SG) representations. The Dyn-SG generation works.")).extracting(TopicAssignment::slug).doesNotContain("scene-graph-generation");
    // "KG" is knowledge graphs: "KG completion" is knowledge graph completion, and KG alone still knowledge graphs.
    assertThat(TestTopics.tagger().tag(null, "Knowledge graphs (KGs) are incomplete. We study KG completion."))
        .extracting(TopicAssignment::slug)
        .contains("knowledge-graph-completion", "knowledge-graphs");
    // Not into a Papers with Code method: the paper's "RL framework" is its own framework.
    assertThat(TestTopics.tagger().tag(null, "Reinforcement learning (RL) is popular. Our RL framework trains agents."))
        .extracting(TopicAssignment::slug)
        .contains("reinforcement-learning")
        .noneMatch(s -> s.startsWith("pwc-collection-"));
  }

  @Test
  void aTaskNameTheListLeavesOutAsAnOrdinaryPhraseAssignsNothing() {
    assertThat(TestTopics.tagger().tag(null, "We study decision-making in teams of robots and decision making under time pressure."))
        .extracting(TopicAssignment::slug)
        .noneMatch(s -> s.startsWith("pwc-task-"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Root and very broad one-word topics are not tagged on one mention.
        "Computer science and the internet: software for data in computer science.",
        // A one-letter label ("c" of "C++") and link text are not topics.
        "See https://github.com/a/b and C code.",
        // An acronym the paper defines itself means what the paper says (CMA is not "constant modulus algorithm").
        "Cross-modality alignment (CMA) is weak. CMA losses conflict and CMA helps.",
      })
  void genericOrAmbiguousTextGetsNoTopic(String text) {
    assertThat(TestTopics.tagger().tag(null, text)).isEmpty();
  }

  @Test
  void aOneWordTopicNeedsFourMentionsOrTheLeadSentenceAndThree() {
    // 0.35 + 3 x 0.1 is 0.65 on paper but 0.6499... in doubles: the threshold must not hang on that.
    assertThat(TestTopics.tagger().tag(null, "Results on web servers are new. A blockchain stores blocks. The blockchain is public. Each blockchain node votes. One blockchain."))
        .extracting(TopicAssignment::slug)
        .contains("blockchain");
    assertThat(TestTopics.tagger().tag(null, "Results on web servers are new. A blockchain stores blocks. The blockchain is public. Each blockchain node votes."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("blockchain");
  }

  @Test
  void theCapKeepsTheTopicsNamedFirstAmongEqualScoresNotTheFirstInTheAlphabet() {
    // Nine two-word topics, each named once in the lead sentence (0.7): the one the paper opens with stays.
    List<TopicAssignment> topics =
        TestTopics.tagger()
            .tag(
                null,
                "We study web servers, data mining, image segmentation, cloud computing, speech recognition,"
                    + " face recognition, machine translation, object detection and software engineering.");
    assertThat(topics).hasSize(TopicTagger.MAX_TOPICS);
    assertThat(topics).extracting(TopicAssignment::slug).contains("web-servers").doesNotContain("software-engineering");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Non-rigid registration of brain scans. Non-rigid registration is hard. | nonrigid-registration | rigid-registration",
        "Self-supervised learning of features. Self-supervised learning needs no labels. | self-supervised-representation-learning | supervised-machine-learning",
      })
  void theHeadOfAPhraseIsNotMatchedWhenAPrefixTurnsItIntoSomethingElse(String text, String kept, String rejected) {
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug).contains(kept).doesNotContain(rejected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Reasoning models think before answering. We compare reasoning models with non-reasoning models. | large-reasoning-models",
        "We route queries between LLM and non-LLM baselines. Non-LLM baselines are cheap. | -",
        "Self-supervised video summarization picks key frames. Our self-supervised video summarization needs no labels. | pwc-task-video-summarization",
        "Semi-supervised fine-tuning for object detection uses few labels. We study semi-supervised fine-tuning of object detection models. | object-detection",
      })
  void aLabelAfterAPrefixThatDeniesItIsNotMatchedThere(String text, String kept) {
    List<TopicAssignment> topics = TestTopics.tagger().tag(null, text);
    if (!kept.equals("-")) {
      assertThat(topics).extracting(TopicAssignment::slug).contains(kept);
    }
    assertThat(topics).extracting(TopicAssignment::slug).doesNotContain("pwc-task-supervised-video-summarization", "supervised-fine-tuning");
    // The topics named on their own keep those mentions; none is read after "non-", "self-" or "semi-".
    assertThat(topics).flatExtracting(TopicAssignment::evidence).isNotEmpty().allSatisfy(e ->
        assertThat(text.substring(0, e.start())).doesNotEndWithIgnoringCase("non-").doesNotEndWithIgnoringCase("self-").doesNotEndWithIgnoringCase("semi-"));
  }

  @Test
  void overlappingLabelsAreBothMatched() {
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "Underwater image denoising recovers colours. We train graph neural networks for underwater image denoising.");
    // "underwater image" and "image denoising" overlap on "image": the first must not swallow the second.
    assertThat(topics).extracting(TopicAssignment::slug).contains("underwater-image", "image-denoising", "graph-neural-networks");
  }

  @Test
  void aConceptOfTheVocabularyNamesTheBroaderTopicItEndsWith() {
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "Underwater image enhancement restores colours. We train graph neural networks for underwater image enhancement.");
    // The vocabulary's "underwater image enhancement" is narrower than CSO's image enhancement, its head.
    assertThat(topics).extracting(TopicAssignment::slug).contains("underwater-image-enhancement", "image-enhancement");
    // "Vision-language models" ends with "language models" but is not narrower than it.
    assertThat(TestTopics.tagger().tag(null, "Vision-language models describe images. We align vision-language models with human preferences."))
        .extracting(TopicAssignment::slug).contains("vision-language-models").doesNotContain("language-model");
  }

  @Test
  void aHyphenatedCompoundCountsAsOneTermOfALongCsoLabel() {
    // Four words, three terms: CSO's labels of more than three terms stay unmatched, this one not.
    assertThat(TestTopics.tagger().tag(null, "Multi-objective evolutionary algorithms (MOEAs) solve hard problems. We bound the running time of MOEAs."))
        .extracting(TopicAssignment::slug)
        .contains("multi-objective-evolutionary-algorithms");
  }

  @Test
  void aTaskNamedByACsoLabelWithoutItsHeadNounIsThatCsoTopic() {
    // The task "Text-To-Image" and CSO's "text-to-image model" ("text-to-image generation") are one subject.
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "Text-to-image generation is popular. We audit text-to-image models and text-to-image pipelines for bias.");
    assertThat(topics).extracting(TopicAssignment::slug).contains("text-to-image-model").doesNotContain("pwc-task-text-to-image");
    // The head nouns are matched as words are, "problems" as "problem".
    assertThat(TestTopics.tagger().tag(null, "We study global optimization problems. Global optimization is hard. We solve global optimization."))
        .extracting(TopicAssignment::slug)
        .contains("global-optimization-problems")
        .doesNotContain("pwc-task-global-optimization");
  }

  @Test
  void aConditionOfTheDataIsNoTopic() {
    // "Under low signal-to-noise ratio" says what the data are like, not what the paper is about.
    assertThat(TestTopics.tagger().tag(null, "Low signal-to-noise ratio hampers infrared target detection. We detect small infrared targets under low signal-to-noise ratio in cluttered scenes."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("low-signal-to-noise-ratio");
  }

  @Test
  void aTasksAgentNounNamesTheTask() {
    // Object detectors are what object detection builds; a tracker is what tracking builds.
    assertThat(TestTopics.tagger().tag(null, "We make transformer-based object detectors robust to crowds. Our density queries plug into object detectors."))
        .extracting(TopicAssignment::slug)
        .contains("object-detection");
  }

  @Test
  void qaAndRlAfterALabelsOtherWordsAreItsHead() {
    // "Multi-hop QA" is written as often as "multi-hop question answering" (49 abstracts of the file).
    assertThat(TestTopics.tagger().tag(null, "We propose a retriever for multi-hop QA. It improves multi-hop QA on three benchmarks."))
        .filteredOn(a -> a.slug().equals("multi-hop-question-answering"))
        .singleElement()
        .satisfies(a -> assertThat(a.evidence()).extracting(TopicEvidence::text).containsExactly("multi-hop QA", "multi-hop QA"));
    assertThat(TestTopics.tagger().tag(null, "In this paper, we study multi-agent RL with sparse rewards. Multi-agent RL is hard to scale."))
        .extracting(TopicAssignment::slug)
        .contains("multi-agent-reinforcement-learning");
    // "Medical VQA", "person ReID" and "image SR" are the field's short names of the full labels.
    assertThat(TestTopics.tagger().tag(null, "We build a benchmark for medical VQA. Medical VQA models answer questions about scans."))
        .extracting(TopicAssignment::slug)
        .contains("medical-visual-question-answering");
    assertThat(TestTopics.tagger().tag(null, "We study person ReID across cameras. Person ReID matches pedestrians between views."))
        .extracting(TopicAssignment::slug)
        .contains("person-re-identification");
    assertThat(TestTopics.tagger().tag(null, "We distill data for image SR. Our image SR models train faster."))
        .extracting(TopicAssignment::slug)
        .contains("image-super-resolution");
    // Alone, "QA" is not question answering: it is as often quality assurance.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we automate QA of software releases. QA teams review every release.", List.of(), 0.0, 20))
        .extracting(TopicAssignment::slug)
        .doesNotContain("question-answering");
  }

  @Test
  void aCompoundParticipleIsNotMatchedOnTheVerb() {
    // "scene-based" is a CSO label; "a 3D scene based on language queries" is the verb.
    assertThat(TestTopics.tagger().tag(null, "We localize objects within a 3D scene based on natural language queries. Each scene based on a scan is hard."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("scene-based");
  }

  @Test
  void aTrainingObjectiveIsNoCourseObjective() {
    // In a paper on learned models a "learning objective" is a loss (CSO files it under curricula).
    assertThat(TestTopics.tagger().tag(null, "We propose a contrastive learning objective for deep neural networks. The learning objective aligns views. Learning objectives matter."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("learning-objectives");
  }

  @Test
  void aDataSplitOrAMethodsPropertyIsNoTopic() {
    List<String> slugs = TestTopics.tagger()
        .tag(null, "We propose a self-adaptive attention module for object detection. Validation was on the COCO validation set; the self-adaptive module lowers the validation loss.")
        .stream().map(TopicAssignment::slug).toList();
    assertThat(slugs).contains("object-detection").doesNotContain("validation", "self-adaptive");
    // Named alone, the data split was once a paper's only (fallback) topic.
    assertThat(TestTopics.tagger().tag(null, "Performance was evaluated on the original COCO validation set."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("validation");
  }

  @Test
  void anOutcomeOrAPropertyIsNoTopic() {
    List<String> slugs = TestTopics.tagger()
        .tag(null, "We synthesize full-body motion for avatars and translate captions into the target language. Our method improves segmentation performance and detection performance of medical image segmentation.")
        .stream().map(TopicAssignment::slug).toList();
    assertThat(slugs).contains("medical-image-segmentation").doesNotContain("full-body", "target-language", "segmentation-performance", "detection-performance");
  }

  @Test
  void aLearningObjectiveOfACourseStaysOne() {
    // In a paper on teaching, learning objectives are a course's, whatever models it uses.
    assertThat(TestTopics.tagger().tag(null, "We use large language models to write learning objectives for courses in higher education. Learning objectives guide e-learning. Learning objectives help."))
        .extracting(TopicAssignment::slug)
        .contains("learning-objectives");
  }

  @Test
  void newIsNotNews() {
    assertThat(TestTopics.tagger().tag(null, "We propose a new generator for GANs. The new generator synthesizes faces with a new generation of losses."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("pwc-task-news-generation");
  }

  @Test
  void anAccentDoesNotHideALabel() {
    assertThat(TestTopics.tagger().tag(null, "We compare naïve Bayes classifiers on short texts."))
        .extracting(TopicAssignment::slug)
        .contains("naive-bayes-classifiers");
  }

  @Test
  void anAcronymLabelIsMatchedOnlyAsAnAcronym() {
    // CSO gives surface acoustic waves the label "saw": the verb is not it, the acronym is.
    assertThat(TestTopics.tagger().tag(null, "We saw gains. We saw losses on most tasks. We saw both."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("surface-acoustic-waves");
    assertThat(TestTopics.tagger().tag(null, "A SAW sensor reads strain. SAW devices are cheap. The SAW delay line is short."))
        .extracting(TopicAssignment::slug)
        .contains("surface-acoustic-waves");
    // Written as an acronym, in any mix of capitals.
    assertThat(TestTopics.tagger().tag(null, "The IoT links devices. IoT security matters. IoT platforms grow."))
        .extracting(TopicAssignment::slug)
        .contains("internet-of-things");
  }

  @Test
  void anAcronymCsoWritesOnlyInsideALabelIsMatchedFromFourLetters() {
    // "simultaneous localization and mapping (slam)" is CSO's only label with the acronym.
    assertThat(TestTopics.tagger().tag(null, "We present a dense SLAM system. Our SLAM pipeline tracks the camera, and SLAM maps stay consistent."))
        .extracting(TopicAssignment::slug)
        .contains("simultaneous-localization-and-mapping");
    // Three letters say too little: "GPU" is named in passing ("on a single GPU"), "SAR" is more
    // often synthetic aperture radar than CSO's "specific absorption rate (sar)".
    assertThat(TestTopics.tagger().tag(null, "We classify SAR images. SAR scenes are noisy, and our SAR model runs on one GPU. GPU memory is small; the GPU is fast."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("specific-absorption-rate", "graphics-processing-unit");
  }

  @Test
  void oneWordIsNotWhatThreeInitialsStandFor() {
    String lidar = "We fuse camera images with light detection and ranging (LiDAR) scans for 3D object detection. LiDAR points are sparse, and LiDAR returns are noisy. Our LiDAR fusion improves 3D object detection.";
    assertThat(TestTopics.tagger().tag(null, lidar)).extracting(TopicAssignment::slug).doesNotContain("ranging");
    String dpo = "We align models with Direct Preference Optimization (DPO). DPO is simple; our DPO variant is stable, and DPO training is cheap.";
    assertThat(TestTopics.tagger().tag(null, dpo)).extracting(TopicAssignment::slug).doesNotContain("optimization");
    // Unless the acronym ends in that word: a Hierarchical Graph Mamba is a Mamba.
    String mamba = "We propose Hierarchical Graph Mamba (HGMamba) for pose lifting. HGMamba scans joints; HGMamba is fast, and HGMamba wins.";
    assertThat(TestTopics.tagger().tag(null, mamba))
        .filteredOn(a -> a.slug().equals("mamba"))
        .singleElement()
        .satisfies(a -> assertThat(a.evidence()).extracting(TopicEvidence::text).contains("HGMamba"));
    // Or the word is a label of the topic the acronym already names: the definition confirms it,
    // and the acronym alone counts as that topic; a longer label it starts ("EEG decoding") is
    // read as before.
    List<TopicAssignment> eeg = TestTopics.tagger().tag(null, "Electroencephalography (EEG) records brain activity. EEG is noisy, and EEG headsets are cheap. We propose a model for EEG decoding.");
    assertThat(eeg)
        .filteredOn(a -> a.slug().equals("electroencephalography"))
        .singleElement()
        .satisfies(a -> assertThat(a.evidence()).extracting(TopicEvidence::text).contains("Electroencephalography", "EEG"));
    assertThat(eeg).extracting(TopicAssignment::slug).contains("pwc-task-eeg-decoding");
  }

  @Test
  void anAcronymMeansTheWordsThePaperSpellsItWith() {
    // SNN is Papers with Code's self-normalizing network; here the paper writes its words out
    // as spiking neural networks without defining SNN, and means those.
    String snn = "Reversible Spiking Neural Networks (RevSNNs) save memory. We propose a parallel reversible SNN. Our SNN trains fast; the SNN matches RevSNNs.";
    assertThat(TestTopics.tagger().tag(null, snn)).extracting(TopicAssignment::slug).contains("spiking-neural-networks").doesNotContain("pwc-snn");
    String vqa = "No-reference video quality assessment is hard. Our VQA model predicts scores. VQA methods fail on HDR; we train VQA on new data.";
    assertThat(TestTopics.tagger().tag(null, vqa)).extracting(TopicAssignment::slug).doesNotContain("visual-question-answering");
    // The same topic in another scheme's words leaves the acronym as the vocabulary reads it.
    String gru = "We forecast load with gated recurrent units. A GRU encodes each day; the GRU is small, and two GRU layers suffice.";
    assertThat(TestTopics.tagger().tag(null, gru)).extracting(TopicAssignment::slug).contains("pwc-gru");
  }

  @Test
  void aCountAFrameOrAQualityClaimedIsNoSubject() {
    String text = "We control a 7-DoF arm with six degrees of freedom. Each degree of freedom is a joint. Video frames are sampled; each frame is encoded, and the frames improve image quality.";
    assertThat(TestTopics.tagger().tag(null, text)).extracting(TopicAssignment::slug)
        .doesNotContain("degrees-of-freedom-%28mechanics%29", "frames", "image-quality");
  }

  @Test
  void aParticipleUsedAsAVerbIsNotTheLabelsNoun() {
    // "a system designed for" says how the system came about, not that the paper is about systems design.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we propose a system designed for logo detection. The system designed by us runs fast."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("systems-design");
    assertThat(TestTopics.tagger().tag(null, "In this paper, we study systems design for logo detection. Systems design is hard."))
        .extracting(TopicAssignment::slug)
        .contains("systems-design");
    // Before a noun a participle keeps the label's sense: class-imbalanced data is class imbalance.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we propose distillation for class-imbalanced data. Class-imbalanced data hurts."))
        .extracting(TopicAssignment::slug)
        .contains("class-imbalance");
    // A label ending in a word in -eed is no participle: "the information needed to reach a
    // solution" (2506.08295) is not a user's information need; "information needs" still are.
    assertThat(TestTopics.tagger().tag(null, "Benchmarks give models all the information needed to reach a solution. The information needed to solve it is hidden."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("information-need");
    assertThat(TestTopics.tagger().tag(null, "In this paper, we study the information needs of patients. Patients' information needs are unmet."))
        .extracting(TopicAssignment::slug)
        .contains("information-need");
  }

  @Test
  void aMethodNameInsideACompoundIsThePapersOwnVariant() {
    // RS-TinyNet is the paper's detector, not Papers with Code's TinyNet; a G-CNN is still a CNN.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we propose RS-TinyNet for detection. RS-TinyNet is small. RS-TinyNet wins."))
        .extracting(TopicAssignment::slug)
        .doesNotContain("pwc-tinynet");
    assertThat(TestTopics.tagger().tag(null, "In this paper, we propose TinyNet for detection. TinyNet is small. TinyNet wins."))
        .extracting(TopicAssignment::slug)
        .contains("pwc-tinynet");
    assertThat(TestTopics.tagger().tag(null, "In this paper, we study G-CNNs for images. G-CNNs are equivariant. G-CNNs generalise."))
        .extracting(TopicAssignment::slug)
        .contains("convolutional-neural-networks");
  }

  @Test
  void aKindOfThingDoneInAFieldIsThatField() {
    List<String> slugs =
        TestTopics.tagger()
            .tag(null, "Games are hard for reinforcement learning agents. In this paper, we study reinforcement learning approaches to exploration. Speech recognition systems also learn.")
            .stream()
            .map(TopicAssignment::slug)
            .toList();
    assertThat(slugs).contains("reinforcement-learning").doesNotContain("reinforcement-learning-agent", "reinforcement-learning-approach");
    // Not into a one-word topic: dialogue systems are a field, "dialogue" is not.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we propose spoken dialogue systems for cars. Dialogue systems answer drivers."))
        .extracting(TopicAssignment::slug)
        .contains("dialogue-systems");
  }

  @Test
  void aPaperWithAnyMatchKeepsItsBestEvenBelowTheThreshold() {
    // "deep learning" is too generic to score (0.35 + 0.15 in the lead), but it is all this paper names.
    List<TopicAssignment> topics = TestTopics.tagger().tag(null, "In this paper, we measure stump ribs with deep learning. Ribs vary.");
    assertThat(topics).extracting(TopicAssignment::slug).containsExactly("deep-learning");
    assertThat(topics.get(0).score()).isLessThan(TopicTagger.MIN_SCORE);
  }

  @Test
  void aLabelNamedOnceInTheBodyFallsBelowTheMinimumAndLowerLimitsShowIt() {
    // 2508.12410: the subject, liver segmentation, is named once, in the last sentence but one.
    String text = "Liver fibrosis staging from MRI remains difficult because pathological livers vary in shape. We propose"
        + " SRMA-Mamba, a state space model that integrates spatial anatomy with volumetric features. Extensive experiments"
        + " demonstrate that SRMA-Mamba surpasses state-of-the-art methods, delivering exceptional performance in 3D"
        + " pathological liver segmentation. Our code is public.";
    TopicTagger tagger = TestTopics.tagger();
    assertThat(tagger.tag(null, text)).extracting(TopicAssignment::slug).doesNotContain("liver-segmentation");
    assertThat(tagger.tag(null, text, List.of(), 0.5, 20))
        .filteredOn(a -> a.slug().equals("liver-segmentation"))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.score()).isEqualTo(0.55);
          assertThat(a.evidence()).extracting(TopicEvidence::text).containsExactly("liver segmentation");
        });
    assertThat(tagger.tag(null, text, List.of(), TopicTagger.MIN_SCORE, TopicTagger.MAX_TOPICS)).isEqualTo(tagger.tag(null, text));
  }
  @Test
  void aTaskNamedByItsVerbOrItsNounWithOfIsThatTask() {
    // 2505.10876 opens with "detecting anomalies"; the label is written later, once, in the body.
    List<TopicAssignment> topics =
        TestTopics.tagger().tag(null, "We address the problem of detecting anomalies as samples that do not conform to structured patterns. We conceive a general anomaly detection framework.");
    assertThat(topics).filteredOn(a -> a.slug().equals("anomaly-detection")).singleElement().satisfies(a -> {
      assertThat(a.score()).isEqualTo(0.8);
      assertThat(a.evidence()).extracting(TopicEvidence::text).containsExactly("detecting anomalies", "anomaly detection");
    });
    // The object's first words are dropped until a label matches; "of" with the task's noun reads the same.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we segment lung lesions in CT scans. Segmentation of lesions by hand is slow."))
        .filteredOn(a -> a.slug().equals("pwc-task-lesion-segmentation"))
        .singleElement()
        .satisfies(a -> assertThat(a.evidence()).extracting(TopicEvidence::text).containsExactly("segment lung lesions", "Segmentation of lesions"));
    // "Understanding" is named by its verb too, "comprehend" included (2510.18253, 2505.23179).
    assertThat(TestTopics.tagger().tag(null, "Understanding 3D scenes is pivotal for autonomous driving. We propose a step forward in 3D scene understanding."))
        .filteredOn(a -> a.slug().equals("3d-scene-understanding"))
        .singleElement()
        .satisfies(a -> assertThat(a.evidence()).extracting(TopicEvidence::text).containsExactly("Understanding 3D scenes", "3D scene understanding"));
    assertThat(TestTopics.tagger().tag(null, "In this paper, we teach models to comprehend complex scenes. Comprehending complex scenes is hard.", List.of(), 0.5, 20))
        .extracting(TopicAssignment::slug)
        .contains("scene-understanding");
    // A participle may open the object: "detect building damage" is damage detection.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we detect building damage from satellite images. Detecting building damage fast matters.", List.of(), 0.5, 20))
        .extracting(TopicAssignment::slug)
        .contains("damage-detection");
    // Named so once, a two-word task stays below the minimum even in the lead: (0.55 + 0.15) x 0.9.
    String once = "Large language models are increasingly adept at following instructions containing task descriptions.";
    assertThat(TestTopics.tagger().tag(null, once)).extracting(TopicAssignment::slug).doesNotContain("instruction-following");
    assertThat(TestTopics.tagger().tag(null, once, List.of(), 0.5, 20))
        .filteredOn(a -> a.slug().equals("instruction-following"))
        .singleElement()
        .satisfies(a -> assertThat(a.score()).isEqualTo(0.63));
  }

  @Test
  void anEvaluationOfWhatAModelCanDoEvaluatesTheModel() {
    // 2505.00057, 2506.04965: "the performance of" is read through, and so are "state-of-the-art",
    // "frontier" and the like before the object's noun; each names LLM evaluation once, in the lead.
    for (String text :
        List.of(
            "This report aims to evaluate the performance of large language models in solving high school science questions.",
            "This paper presents a comprehensive evaluation of state-of-the-art large language models on university-level algorithms.",
            "In this paper, we evaluate the capabilities of frontier large language models in solving physics problems.")) {
      assertThat(TestTopics.tagger().tag(null, text)).as(text).extracting(TopicAssignment::slug).contains("llm-evaluation");
    }
    // What is measured is read through only before "of": "the performance gap" is no object of it.
    assertThat(TestTopics.tagger().tag(null, "In this paper, we evaluate the performance gap between large language models.", List.of(), 0.5, 20))
        .extracting(TopicAssignment::slug)
        .doesNotContain("llm-evaluation");
  }

  @Test
  void aBenchmarkBuiltToEvaluateLanguageModelsIsOnLlmEvaluation() {
    // 2508.04625: what is evaluated may be far from the verb ("the reasoning capabilities of").
    assertThat(slugs("We present FinMMR, a bilingual multimodal benchmark tailored to evaluate the reasoning capabilities of multimodal large language models (MLLMs) in financial numerical reasoning tasks.")).contains("llm-evaluation");
    // Assessed or benchmarked, the same.
    assertThat(TestTopics.tagger().tag(null, "We introduce EndoBench, a benchmark of endoscopy images. With it we assess twelve MLLMs across the full spectrum of endoscopic practice.", List.of(), 0.5, 20))
        .extracting(TopicAssignment::slug)
        .contains("llm-evaluation");
    assertThat(slugs("We present TTT-Bench, a new benchmark of strategic games, and benchmark twelve recent reasoning models on it.")).contains("llm-evaluation");
    // A benchmark the paper only evaluates its method on is none it introduces.
    assertThat(slugs("We propose a sparse retrieval method and evaluate it on the BEIR benchmark with three open-source language models.")).doesNotContain("llm-evaluation");
    // Without a benchmark, a method tried with LLMs is no evaluation of LLMs.
    assertThat(TestTopics.tagger().tag(null, "We propose a prompting method for citation classification. We assess citation intents with three open LLMs, and assess their agreement with LLMs again.", List.of(), 0.5, 20))
        .extracting(TopicAssignment::slug)
        .doesNotContain("llm-evaluation");
  }

  @Test
  void pruningIsNamedByWhatIsPruned() {
    // 2505.16743, 2505.24680, 2507.04792: the kinds of model pruning, and "pruning" as a task's verb.
    assertThat(slugs("Existing one-shot pruning methods apply uniform sparsity across layers. We propose a new pruning method.")).contains("model-pruning");
    assertThat(slugs("Layer pruning has become a popular technique for compressing large language models. We study it.")).contains("structured-pruning");
    assertThat(slugs("In this work, we propose a simple but effective channel pruning framework for convolutional networks.")).contains("structured-pruning");
    assertThat(slugs("In this paper, we accelerate VLMs by pruning redundant visual tokens. Pruning visual tokens early saves compute."))
        .contains("token-pruning")
        .doesNotContain("model-pruning");
  }

  @Test
  void subjectsTheFileWritesOutInItsOwnWords() {
    // 2506.19733, 2510.09259: the file writes RFT out far more often than by its acronym.
    assertThat(slugs("Reinforcement post-training has shown promise in improving the reasoning of LLMs. We study RL post-training across domains."))
        .contains("reinforcement-fine-tuning");
    assertThat(slugs("In this paper, we study reinforcement learning (RL) fine-tuning of large language model agents for long-horizon tasks."))
        .contains("reinforcement-fine-tuning");
    // 2509.14438, 2504.21299: bias in LLMs, written with a preposition, is the social bias of language models.
    assertThat(slugs("This review offers an extensive analysis of the bias landscape in LLMs. We survey bias in LLMs across NLP tasks."))
        .contains("llm-bias");
    // The same labels name social bias in image, speech and translation models: the concept is
    // called social bias, whatever the model.
    assertThat(TestTopics.tagger().tag(null, "Text-to-image models amplify social biases. We measure gender bias in images of professions and mitigate social biases."))
        .filteredOn(a -> a.slug().equals("llm-bias"))
        .extracting(TopicAssignment::label)
        .containsExactly("social bias");
    // 2505.16514 writes legal AI as one word, and names nothing else a scheme has.
    assertThat(slugs("Recent advances in LegalAI have focused on case judgment analysis. We propose five LegalAI tasks.")).contains("legal-ai");
    // 2510.26113, 2503.13300, 2503.24290: video LLMs, text-to-motion and rule-based rewards as the file writes them.
    assertThat(slugs("Can Video-LLMs achieve consistent temporal understanding? We probe four VideoLLMs.")).contains("video-large-language-models");
    assertThat(slugs("Existing text-to-motion methods produce realistic human motion from text. We propose a new one.")).contains("text-driven-motion-generation");
    assertThat(slugs("We train a policy with PPO and rule-based rewards. Rule-based rewards suffice to scale up reasoning.")).contains("rlvr");
  }

  @Test
  void aTaskVerbIsNotReadWhereItIsNoVerbOrItsObjectIsCutShort() {
    // Read down to 0.5, where a single mention in other words would show (0.63 in the lead).
    Map<String, String> notTheTask = new LinkedHashMap<>();
    // After a determiner the form is an adjective: "the following instructions" names no task.
    notTheTask.put("In this paper, we give the following instructions to annotators of news.", "instruction-following");
    // "sparse" is an adjective of "point clouds" after "and": the object is not "sparse".
    notTheTask.put("In this paper, we reconstruct sparse and noisy point clouds into dense ones.", "sparse-reconstruction");
    // A determiner inside ends the object: "segment twice the image" is not image segmentation.
    notTheTask.put("In this paper, our encoder must segment twice the image of a road.", "image-segmentation");
    // After a contrast, or with "no" as its object's first word, the verb names what the paper does not do.
    notTheTask.put("In this paper, we rank alerts without detecting anomalies first. Our probes detect no anomalies.", "anomaly-detection");
    // Nor after a denial: "do not detect", "fails to detect".
    notTheTask.put("In this paper, we do not detect anomalies. A baseline fails to detect anomalies.", "anomaly-detection");
    // An object that points back names no task: "to answer this question".
    notTheTask.put("To answer this question, we propose a probe of reward models.", "question-answering");
    // Another task's verb ends the object: "denoising diffusion models generate images" is no image denoising.
    notTheTask.put("In this paper, denoising diffusion models generate images from noise.", "image-denoising");
    notTheTask.forEach((text, slug) -> assertThat(TestTopics.tagger().tag(null, text, List.of(), 0.5, 20)).as(text).extracting(TopicAssignment::slug).doesNotContain(slug));
  }
}
